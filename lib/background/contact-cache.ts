import type { Contact, Membership } from '../messages/protocol';
import type { SenderInfo } from '../messages/router';
import { getContact, getContactHelpCenters } from '../zoho/contacts';
import type { OrgContext } from '../zoho/context';
import { PER_CONTACT, type ReadCache } from './cache';

// Per-contact data is shared within one tab for a few seconds (the panel's sections, a quick back and forth),
// never across tabs: a newly opened page always shows what Zoho holds now, including other agents' changes.
// Writes invalidate the key in every tab.

export function createContactCache(cache: ReadCache) {
  const key = (ctx: OrgContext, ...parts: string[]) => [ctx.orgId, ...parts].join('|');
  const perContact = <T>(ctx: OrgContext, sender: SenderInfo, parts: string[], load: () => Promise<T>) =>
    cache.get(`${key(ctx, ...parts)}|tab:${sender.tab?.id ?? 'none'}`, PER_CONTACT, load);
  return {
    /** The org-scoped cache key of `parts`, for reference data shared by every tab. */
    key,
    perContact,
    /** Drops `parts` (and everything below it) in every tab. */
    invalidate: (ctx: OrgContext, ...parts: string[]) => cache.invalidatePrefix(`${key(ctx, ...parts)}|`),
    contactOf: (ctx: OrgContext, sender: SenderInfo, contactId: string): Promise<Contact> =>
      perContact(ctx, sender, ['contact', contactId], () => getContact(ctx, contactId)),
    membershipsOf: (ctx: OrgContext, sender: SenderInfo, contactId: string): Promise<Membership[]> =>
      perContact(ctx, sender, ['contactHelpCenters', contactId], () => getContactHelpCenters(ctx, contactId)),
  };
}
export type ContactCache = ReturnType<typeof createContactCache>;
