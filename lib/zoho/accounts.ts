import * as z from 'zod/mini';
import type { AccountContact } from '../messages/protocol';
import type { OrgContext } from './context';
import { listOf } from './paging';
import { text, zId } from './schemas';

/** The account's contact list is 0-based and takes at most 100 a page (Contact.json, getContactsUnderAccount). */
export const ACCOUNT_CONTACTS_PAGE = 100;

// The spec types isEndUser as a boolean; its own example sends "false" as a string: both are read.
const endUser = z.pipe(
  z.optional(z.union([z.boolean(), z.enum(['true', 'false']), z.null()])),
  z.transform((value: boolean | 'true' | 'false' | null | undefined) => value === true || value === 'true'),
);

const accountContact = z.object({ id: zId, firstName: text, lastName: text, email: text, isEndUser: endUser });

/**
 * One page of an account's contacts, from `from`. `next` is where the following page starts, or null after a
 * short (or empty: 204) page.
 */
export async function listAccountContacts(
  ctx: OrgContext,
  accountId: string,
  from: number,
): Promise<{ contacts: AccountContact[]; next: number | null }> {
  const contacts = await ctx.http({
    ...ctx,
    method: 'GET',
    path: `/api/v1/accounts/${encodeURIComponent(accountId)}/contacts`,
    query: { from, limit: ACCOUNT_CONTACTS_PAGE },
    schema: listOf(accountContact),
  });
  return { contacts, next: contacts.length < ACCOUNT_CONTACTS_PAGE ? null : from + ACCOUNT_CONTACTS_PAGE };
}
