import { assignLabels, listUserLabels, removeLabels } from '../zoho/labels';
import type { BackgroundServices, FeatureHandlers } from './services';
import { changeUserSet } from './user-sets';

export function labelHandlers({ resolveOrg, contacts }: BackgroundServices): FeatureHandlers<
  'labels.ofUser' | 'labels.catalogue' | 'labels.assign' | 'labels.remove'
> {
  return {
    'labels.ofUser': async ({ org, userId }, sender) => contacts.labelsOf(await resolveOrg(org), sender, userId),
    'labels.catalogue': async ({ org, helpCenterId }) => contacts.labelCatalogue(await resolveOrg(org), helpCenterId),
    'labels.assign': async ({ org, userId, labelIds }) =>
      changeUserSet(contacts, await resolveOrg(org), userId, labelIds, { write: assignLabels, list: listUserLabels, present: true, cached: 'userLabels' }),
    'labels.remove': async ({ org, userId, labelIds }) =>
      changeUserSet(contacts, await resolveOrg(org), userId, labelIds, { write: removeLabels, list: listUserLabels, present: false, cached: 'userLabels' }),
  };
}
