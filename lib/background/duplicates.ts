import { CallError } from '../messages/errors';
import { getContact, mergeContacts } from '../zoho/contacts';
import { writeOrReadBack } from './read-back';
import type { BackgroundServices, FeatureHandlers } from './services';

export function duplicateHandlers({ resolveOrg, cache, contacts }: BackgroundServices): FeatureHandlers<'duplicates.find' | 'contacts.merge'> {
  return {
    'duplicates.find': async ({ org, contactId }, sender) => contacts.duplicatesOf(await resolveOrg(org), sender, contactId),
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

function isNotFound(error: unknown): boolean {
  return error instanceof CallError && error.apiError.kind === 'not-found';
}
