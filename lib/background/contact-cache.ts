import type { Contact, Membership } from '../messages/protocol';
import type { SenderInfo } from '../messages/router';
import { getContact, getContactHelpCenters } from '../zoho/contacts';
import type { OrgContext } from '../zoho/context';
import { PER_CONTACT, type ReadCache } from './cache';

// Per-contact data is shared within one tab for a few seconds (the panel's sections, a quick back and forth),
// never across tabs: a newly opened page always shows what Zoho holds now, including other agents' changes.
// Writes invalidate the key in every tab.

// A write applies Zoho's answer to what this tab last read, for as long as the panel may still be showing it: the
// state after the write is then no staler than the panel was, and costs no read.
const HELD_FOR_WRITES_MS = 10 * 60_000;

export function createContactCache(cache: ReadCache) {
  const key = (ctx: OrgContext, ...parts: string[]) => [ctx.orgId, ...parts].join('|');
  const tabKey = (ctx: OrgContext, sender: SenderInfo, parts: string[]) => `${key(ctx, ...parts)}|tab:${sender.tab?.id ?? 'none'}`;
  const perContact = <T>(ctx: OrgContext, sender: SenderInfo, parts: string[], load: () => Promise<T>) =>
    cache.get(tabKey(ctx, sender, parts), PER_CONTACT, load);
  /** Drops `parts` (and everything below it) in every tab. */
  const invalidate = (ctx: OrgContext, ...parts: string[]) => cache.invalidatePrefix(`${key(ctx, ...parts)}|`);
  return {
    /** The org-scoped cache key of `parts`, for reference data shared by every tab. */
    key,
    perContact,
    invalidate,
    /** What this tab last read of `parts`, if the background still holds it; nothing is loaded. */
    held: <T>(ctx: OrgContext, sender: SenderInfo, parts: string[]): T | undefined => cache.peek<T>(tabKey(ctx, sender, parts), HELD_FOR_WRITES_MS),
    /** After a write: every tab forgets `parts`; this one holds `state`, the state after the write, when known. */
    replace: (ctx: OrgContext, sender: SenderInfo, parts: string[], state: unknown) => {
      invalidate(ctx, ...parts);
      if (state !== null) cache.set(tabKey(ctx, sender, parts), state);
    },
    contactOf: (ctx: OrgContext, sender: SenderInfo, contactId: string): Promise<Contact> =>
      perContact(ctx, sender, ['contact', contactId], () => getContact(ctx, contactId)),
    membershipsOf: (ctx: OrgContext, sender: SenderInfo, contactId: string): Promise<Membership[]> =>
      perContact(ctx, sender, ['contactHelpCenters', contactId], () => getContactHelpCenters(ctx, contactId)),
  };
}
export type ContactCache = ReturnType<typeof createContactCache>;
