import type { Label } from '../messages/protocol';
import { assignLabels, listUserLabels, removeLabels } from '../zoho/labels';
import type { BackgroundServices, FeatureHandlers } from './services';
import { changeUserSet, type UserSetChange } from './user-sets';

export function labelHandlers({ resolveOrg, contacts }: BackgroundServices): FeatureHandlers<
  'labels.ofUser' | 'labels.catalogue' | 'labels.assign' | 'labels.remove'
> {
  const change = (write: UserSetChange<Label>['write'], present: boolean): UserSetChange<Label> => ({
    write,
    list: listUserLabels,
    present,
    cached: 'userLabels',
    known: contacts.heldLabel,
  });
  const assign = change(assignLabels, true);
  const remove = change(removeLabels, false);
  return {
    'labels.ofUser': async ({ org, userId }, sender) => contacts.labelsOf(await resolveOrg(org), sender, userId),
    'labels.catalogue': async ({ org, helpCenterId }) => contacts.labelCatalogue(await resolveOrg(org), helpCenterId),
    'labels.assign': async ({ org, userId, labelIds, check }, sender) =>
      changeUserSet(contacts, await resolveOrg(org), sender, { userId, ids: labelIds, check }, assign),
    'labels.remove': async ({ org, userId, labelIds, check }, sender) =>
      changeUserSet(contacts, await resolveOrg(org), sender, { userId, ids: labelIds, check }, remove),
  };
}
