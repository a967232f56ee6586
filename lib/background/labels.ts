import type { Label } from '../messages/protocol';
import { assignLabels, listLabels, listUserLabels, removeLabels } from '../zoho/labels';
import { REFERENCE } from './cache';
import type { BackgroundServices, FeatureHandlers } from './services';
import { changeUserSet, type UserSetChange } from './user-sets';

export function labelHandlers({ resolveOrg, cache, contacts }: BackgroundServices): FeatureHandlers<
  'labels.ofUser' | 'labels.catalogue' | 'labels.assign' | 'labels.remove'
> {
  const change = (write: UserSetChange<Label>['write'], present: boolean): UserSetChange<Label> => ({
    write,
    list: listUserLabels,
    present,
    cached: 'userLabels',
    // A label belongs to one help center, and the id alone does not say which: every held catalogue is searched.
    known: (ctx, id) => (cache.valuesUnder(`${contacts.key(ctx, 'labels')}|`) as Label[][]).flat().find((label) => label.id === id),
  });
  const assign = change(assignLabels, true);
  const remove = change(removeLabels, false);
  return {
    'labels.ofUser': async ({ org, userId }, sender) => {
      const ctx = await resolveOrg(org);
      return contacts.perContact(ctx, sender, ['userLabels', userId], () => listUserLabels(ctx, userId));
    },
    'labels.catalogue': async ({ org, helpCenterId }) => {
      const ctx = await resolveOrg(org);
      return cache.get(contacts.key(ctx, 'labels', helpCenterId), REFERENCE, () => listLabels(ctx, helpCenterId));
    },
    'labels.assign': async ({ org, userId, labelIds, check }, sender) =>
      changeUserSet(contacts, await resolveOrg(org), sender, { userId, ids: labelIds, check }, assign),
    'labels.remove': async ({ org, userId, labelIds, check }, sender) =>
      changeUserSet(contacts, await resolveOrg(org), sender, { userId, ids: labelIds, check }, remove),
  };
}
