import { assignLabels, listLabels, listUserLabels, removeLabels } from '../zoho/labels';
import { REFERENCE } from './cache';
import type { BackgroundServices, FeatureHandlers } from './services';
import { changeUserSet } from './user-sets';

export function labelHandlers({ resolveOrg, cache, contacts }: BackgroundServices): FeatureHandlers<
  'labels.ofUser' | 'labels.catalogue' | 'labels.assign' | 'labels.remove'
> {
  return {
    'labels.ofUser': async ({ org, userId }, sender) => {
      const ctx = await resolveOrg(org);
      return contacts.perContact(ctx, sender, ['userLabels', userId], () => listUserLabels(ctx, userId));
    },
    'labels.catalogue': async ({ org, helpCenterId }) => {
      const ctx = await resolveOrg(org);
      return cache.get(contacts.key(ctx, 'labels', helpCenterId), REFERENCE, () => listLabels(ctx, helpCenterId));
    },
    'labels.assign': async ({ org, userId, labelIds }) =>
      changeUserSet(contacts, await resolveOrg(org), userId, labelIds, { write: assignLabels, list: listUserLabels, present: true, cached: 'userLabels' }),
    'labels.remove': async ({ org, userId, labelIds }) =>
      changeUserSet(contacts, await resolveOrg(org), userId, labelIds, { write: removeLabels, list: listUserLabels, present: false, cached: 'userLabels' }),
  };
}
