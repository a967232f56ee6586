import * as z from 'zod/mini';
import type { OrgContext } from './context';
import { listOf } from './paging';
import { zId } from './schemas';

// GET /contacts/contactsByIds takes a comma-separated `ids` of at most 20 (the spec's description says so).
export const CONTACTS_BY_IDS_MAX = 20;

// Only what the caller reads: the rest of the list view is left unchecked.
const endUserFlag = z.object({ id: zId, isEndUser: z.nullish(z.boolean()) });

/**
 * Which of `contactIds` Zoho says are help-center (portal) users, in as few calls as the limit allows. A contact
 * Zoho leaves out (deleted meanwhile) or answers `isEndUser: null` for is not in the set.
 */
export async function helpCenterUsersAmong(ctx: OrgContext, contactIds: string[]): Promise<Set<string>> {
  const unique = [...new Set(contactIds)];
  const chunks: string[][] = [];
  for (let start = 0; start < unique.length; start += CONTACTS_BY_IDS_MAX) chunks.push(unique.slice(start, start + CONTACTS_BY_IDS_MAX));
  const answers = await Promise.all(
    chunks.map((ids) =>
      ctx.http({ ...ctx, method: 'GET', path: '/api/v1/contacts/contactsByIds', query: { ids: ids.join(',') }, schema: listOf(endUserFlag) }),
    ),
  );
  return new Set(answers.flat().flatMap((contact) => (contact.isEndUser === true ? [contact.id] : [])));
}
