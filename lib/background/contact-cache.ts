import type { Contact, Duplicate, Membership } from '../messages/protocol';
import type { SenderInfo } from '../messages/router';
import type { AnyUserSet } from '../sections/user-set-declaration';
import { getContact, getContactHelpCenters } from '../zoho/contacts';
import type { OrgContext } from '../zoho/context';
import { findDuplicates } from '../zoho/group-contacts';
import { KEPT_FOR_WRITES_MS, PER_CONTACT, REFERENCE, type ReadCache } from './cache';
import type { Diagnostics } from './diagnostics';
import { markUnmergeable } from './merge-eligibility';

// Per-contact data is shared within one tab for a few seconds (the panel's sections, a quick back and forth),
// never across tabs: a newly opened page always shows what Zoho holds now, including other agents' changes.
// Writes invalidate the key in every tab. The reads of a contact view are named here once, so the handlers that
// answer the panel and the warm-up that starts them early (view-warm-up.ts) share one key and one call.


type Where = { helpCenterId?: string };
const setParts = (set: AnyUserSet, userId: string, where: Where) => ['set', set.name, userId, ...(where.helpCenterId ? [where.helpCenterId] : [])];

export function createContactCache(cache: ReadCache, diagnostics: Diagnostics) {
  const key = (ctx: OrgContext, ...parts: string[]) => [ctx.orgId, ...parts].join('|');
  const tabKey = (ctx: OrgContext, sender: SenderInfo, parts: string[]) => `${key(ctx, ...parts)}|tab:${sender.tab?.id ?? 'none'}`;
  const perContact = <T>(ctx: OrgContext, sender: SenderInfo, parts: string[], load: () => Promise<T>) =>
    cache.get(tabKey(ctx, sender, parts), PER_CONTACT, load);
  /** Drops `parts` (and everything below it) in every tab. */
  const invalidate = (ctx: OrgContext, ...parts: string[]) => cache.invalidatePrefix(`${key(ctx, ...parts)}|`);
  const contactOf = (ctx: OrgContext, sender: SenderInfo, contactId: string): Promise<Contact> =>
    perContact(ctx, sender, ['contact', contactId], () => getContact(ctx, contactId));
  const membershipsOf = (ctx: OrgContext, sender: SenderInfo, contactId: string): Promise<Membership[]> =>
    perContact(ctx, sender, ['contactHelpCenters', contactId], () => getContactHelpCenters(ctx, contactId));
  return {
    /** The org-scoped cache key of `parts`, for reference data shared by every tab. */
    key,
    perContact,
    invalidate,
    /**
     * A write's hold on `parts`: what this tab last read of it, if the background still holds it (nothing is
     * loaded), and `keep` for the state after the write: every tab forgets `parts`, this one holds the new state
     * when it is known.
     */
    writeTarget: <T>(ctx: OrgContext, sender: SenderInfo, parts: string[]) => ({
      held: cache.peek<T>(tabKey(ctx, sender, parts), KEPT_FOR_WRITES_MS),
      keep: (state: T | null) => {
        invalidate(ctx, ...parts);
        if (state !== null) cache.set(tabKey(ctx, sender, parts), state);
      },
    }),
    contactOf,
    membershipsOf,
    duplicatesOf: (ctx: OrgContext, sender: SenderInfo, contactId: string): Promise<Duplicate[]> =>
      perContact(ctx, sender, ['duplicates', contactId], async () => {
        const duplicates = await findDuplicates(ctx, await contactOf(ctx, sender, contactId));
        if (duplicates.length === 0) return duplicates;
        // The view asks for the contact's help centers beside this: usually that answer is already here.
        const memberships = await membershipsOf(ctx, sender, contactId).catch(() => null);
        return markUnmergeable(ctx, contactId, memberships !== null && memberships.length > 0, duplicates, (error) =>
          diagnostics.record('duplicates.find', error),
        );
      }),
    /** Where a user's set (of one section, in one help center when it is kept per help center) is held. */
    setParts,
    /** A user's set: per contact, like the contact's own data. */
    setOf: <T>(ctx: OrgContext, sender: SenderInfo, set: AnyUserSet, userId: string, where: Where): Promise<T[]> =>
      perContact(ctx, sender, setParts(set, userId, where), () => set.desk.ofUser(ctx, userId, where)),
    /** A section's catalogue (the org's, or one help center's): reference data, shared by every tab. */
    catalogueOf: <T>(ctx: OrgContext, set: AnyUserSet, where: Where): Promise<T[]> =>
      cache.get(key(ctx, 'catalogue', set.name, where.helpCenterId ?? 'org'), REFERENCE, () => set.desk.catalogue(ctx, where)),
    /** An item as a held catalogue of its section has it (the id alone does not say whose help center's: all are searched). */
    heldItem: (ctx: OrgContext, set: AnyUserSet, id: string): { id: string } | undefined =>
      (cache.valuesUnder(`${key(ctx, 'catalogue', set.name)}|`) as Array<Array<{ id: string }>>).flat().find((item) => item.id === id),
  };
}
export type ContactCache = ReturnType<typeof createContactCache>;
