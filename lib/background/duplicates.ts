import { CallError } from '../messages/errors';
import { makeError, type Duplicate } from '../messages/protocol';
import { getContact, mergeContacts } from '../zoho/contacts';
import { helpCenterUsersAmong } from '../zoho/contacts-by-ids';
import type { OrgContext } from '../zoho/context';
import { findDuplicates } from '../zoho/group-contacts';
import type { Diagnostics } from './diagnostics';
import { writeOrReadBack } from './read-back';
import type { BackgroundServices, FeatureHandlers } from './services';

export function duplicateHandlers({ resolveOrg, cache, contacts, diagnostics }: BackgroundServices): FeatureHandlers<'duplicates.find' | 'contacts.merge'> {
  return {
    'duplicates.find': async ({ org, contactId }, sender) => {
      const ctx = await resolveOrg(org);
      return contacts.perContact(ctx, sender, ['duplicates', contactId], async () => {
        const duplicates = await findDuplicates(ctx, await contacts.contactOf(ctx, sender, contactId));
        if (duplicates.length === 0) return duplicates;
        // The panel has asked for the contact's help centers beside this: usually that answer is already here.
        const memberships = await contacts.membershipsOf(ctx, sender, contactId).catch(() => null);
        return markUnmergeable(ctx, contactId, memberships !== null && memberships.length > 0, duplicates, diagnostics);
      });
    },
    'contacts.merge': async ({ org, keepId, mergeIds, source }) => {
      const ctx = await resolveOrg(org);
      const everyone = [keepId, ...mergeIds];
      try {
        const survivor = await writeOrReadBack(
          async () => (await mergeContacts(ctx, keepId, mergeIds, source)).id,
          // The merge happened if the merged-away records are gone and the survivor is still there.
          async () => {
            const gone = await Promise.all(mergeIds.map((id) => getContact(ctx, id).then(() => false, (error) => isNotFound(error))));
            if (!gone.every(Boolean)) return null;
            await getContact(ctx, keepId);
            return { outcome: keepId };
          },
        );
        return { survivorId: survivor };
      } finally {
        for (const id of everyone) {
          contacts.invalidate(ctx, 'contact', id);
          contacts.invalidate(ctx, 'contactHelpCenters', id);
        }
        // Any contact's duplicate list may have named one of the merged records.
        cache.invalidatePrefix(contacts.key(ctx, 'duplicates', ''));
      }
    },
  };
}

/**
 * Zoho does not merge help-center users. A contact that is one cannot be merged with any duplicate, and its own
 * help centers say so; otherwise one question for it and all its duplicates (contactsByIds) says which merges
 * Zoho would refuse. If that question fails the list still shows, the merges stay possible, and Zoho's refusal
 * says why.
 */
async function markUnmergeable(
  ctx: OrgContext,
  contactId: string,
  contactIsUser: boolean,
  duplicates: Duplicate[],
  diagnostics: Diagnostics,
): Promise<Duplicate[]> {
  let users = new Set<string>();
  if (!contactIsUser) {
    try {
      users = await helpCenterUsersAmong(ctx, [contactId, ...duplicates.map((duplicate) => duplicate.contact.id)]);
    } catch (error) {
      await diagnostics.record('duplicates.find', error instanceof CallError ? error.apiError : makeError('internal', String(error)));
      return duplicates;
    }
  }
  return duplicates.map((duplicate) => {
    const blocked = contactIsUser || users.has(contactId) ? 'contact' : users.has(duplicate.contact.id) ? 'duplicate' : null;
    return blocked ? { ...duplicate, mergeBlocked: blocked } : duplicate;
  });
}

function isNotFound(error: unknown): boolean {
  return error instanceof CallError && error.apiError.kind === 'not-found';
}
