import type { Badge, Contact, Duplicate, Label, Membership } from '../messages/protocol';
import type { SenderInfo } from '../messages/router';
import { listUserBadges } from '../zoho/badges';
import { getContact, getContactHelpCenters } from '../zoho/contacts';
import type { OrgContext } from '../zoho/context';
import { findDuplicates } from '../zoho/group-contacts';
import { listLabels, listUserLabels } from '../zoho/labels';
import { PER_CONTACT, REFERENCE, type ReadCache } from './cache';
import type { Diagnostics } from './diagnostics';
import { markUnmergeable } from './merge-eligibility';

// Per-contact data is shared within one tab for a few seconds (the panel's sections, a quick back and forth),
// never across tabs: a newly opened page always shows what Zoho holds now, including other agents' changes.
// Writes invalidate the key in every tab. The reads of a contact view are named here once, so the handlers that
// answer the panel and the warm-up that starts them early (contact-view.ts) share one key and one call.

// A write applies Zoho's answer to what this tab last read, for as long as the panel may still be showing it: the
// state after the write is then no staler than the panel was, and costs no read.
const HELD_FOR_WRITES_MS = 10 * 60_000;

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
      held: cache.peek<T>(tabKey(ctx, sender, parts), HELD_FOR_WRITES_MS),
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
    badgesOf: (ctx: OrgContext, sender: SenderInfo, userId: string): Promise<Badge[]> =>
      perContact(ctx, sender, ['userBadges', userId], () => listUserBadges(ctx, userId)),
    labelsOf: (ctx: OrgContext, sender: SenderInfo, userId: string): Promise<Label[]> =>
      perContact(ctx, sender, ['userLabels', userId], () => listUserLabels(ctx, userId)),
    /** A help center's labels: reference data, shared by every tab. */
    labelCatalogue: (ctx: OrgContext, helpCenterId: string): Promise<Label[]> =>
      cache.get(key(ctx, 'labels', helpCenterId), REFERENCE, () => listLabels(ctx, helpCenterId)),
    /** A label as a held catalogue has it (the id alone does not say whose help center's: all are searched). */
    heldLabel: (ctx: OrgContext, id: string): Label | undefined =>
      (cache.valuesUnder(`${key(ctx, 'labels')}|`) as Label[][]).flat().find((label) => label.id === id),
  };
}
export type ContactCache = ReturnType<typeof createContactCache>;
