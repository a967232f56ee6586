import { listHelpCenters } from '../zoho/help-centers';
import { REFERENCE } from './cache';
import type { BackgroundServices, FeatureHandlers } from './services';

export function contactReadHandlers({ resolveOrg, cache, contacts }: BackgroundServices): FeatureHandlers<
  'contact.get' | 'contact.helpCenters' | 'helpCenters.list'
> {
  return {
    'contact.get': async ({ org, contactId }, sender) => contacts.contactOf(await resolveOrg(org), sender, contactId),
    'contact.helpCenters': async ({ org, contactId }, sender) => contacts.membershipsOf(await resolveOrg(org), sender, contactId),
    'helpCenters.list': async ({ org }) => {
      const ctx = await resolveOrg(org);
      return cache.get(contacts.key(ctx, 'helpCenters'), REFERENCE, () => listHelpCenters(ctx));
    },
  };
}
