import { CallError } from '../messages/errors';
import type { ApiError } from '../messages/errors';
import { makeError, type Duplicate } from '../messages/protocol';
import { helpCenterUsersAmong } from '../zoho/contacts-by-ids';
import type { OrgContext } from '../zoho/context';

/**
 * Zoho does not merge help-center users. A contact that is one cannot be merged with any duplicate, and its own
 * help centers say so; otherwise one question for it and all its duplicates (contactsByIds) says which merges
 * Zoho would refuse. If that question fails the list still shows, the merges stay possible, and Zoho's refusal
 * says why.
 */
export async function markUnmergeable(
  ctx: OrgContext,
  contactId: string,
  contactIsUser: boolean,
  duplicates: Duplicate[],
  onCheckFailed: (error: ApiError) => Promise<void>,
): Promise<Duplicate[]> {
  let users = new Set<string>();
  if (!contactIsUser) {
    try {
      users = await helpCenterUsersAmong(ctx, [contactId, ...duplicates.map((duplicate) => duplicate.contact.id)]);
    } catch (error) {
      await onCheckFailed(error instanceof CallError ? error.apiError : makeError('internal', String(error)));
      return duplicates;
    }
  }
  return duplicates.map((duplicate) => {
    const blocked = contactIsUser || users.has(contactId) ? 'contact' : users.has(duplicate.contact.id) ? 'duplicate' : null;
    return blocked ? { ...duplicate, mergeBlocked: blocked } : duplicate;
  });
}
