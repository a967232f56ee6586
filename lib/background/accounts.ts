import { listAccountContacts } from '../zoho/accounts';
import { inviteContacts } from '../zoho/contacts';
import type { BackgroundServices, FeatureHandlers } from './services';

/**
 * The account page: its contacts a page at a time (the panel shows each page as it arrives), and one batch of a
 * bulk invite per call. A batch whose answer is lost is not read back nor sent again: that would mean one read
 * per contact, or a second invitation e-mail; the panel tells the agent whose outcome is unknown instead.
 */
export function accountHandlers({ resolveOrg, contacts }: BackgroundServices): FeatureHandlers<'account.contacts' | 'account.invite'> {
  return {
    'account.contacts': async ({ org, accountId, from }) => listAccountContacts(await resolveOrg(org), accountId, from),
    'account.invite': async ({ org, helpCenterId, contactIds }) => {
      const ctx = await resolveOrg(org);
      try {
        return await inviteContacts(ctx, helpCenterId, contactIds);
      } finally {
        for (const contactId of contactIds) contacts.invalidate(ctx, 'contactHelpCenters', contactId);
      }
    },
  };
}
