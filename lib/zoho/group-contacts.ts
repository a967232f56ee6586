import * as z from 'zod/mini';
import type { Contact, Duplicate } from '../messages/protocol';
import type { OrgContext } from './context';
import { toContact, zohoContact } from './contacts';
import { collectPages, listOf, type PagingRule } from './paging';
import { text } from './schemas';

// groupContacts is the one list here that starts at 0 and allows 100 a page.
const GROUP_CONTACTS_PAGING: PagingRule = { firstFrom: 0, limit: 100 };

const group = z.object({ fieldValue: text, contacts: z.nullish(z.array(zohoContact)) });

type MatchField = 'email' | 'phone';

async function contactsSharing(ctx: OrgContext, fieldName: MatchField, value: string): Promise<Contact[]> {
  const groups = await collectPages(GROUP_CONTACTS_PAGING, (from, limit) =>
    ctx.http({
      ...ctx,
      method: 'GET',
      path: '/api/v1/groupContacts',
      query: { fieldName, fieldValues: value, from, limit },
      schema: listOf(group),
    }),
  );
  return groups.flatMap((entry) => (entry.contacts ?? []).map(toContact));
}

/** Other contacts with this contact's email or phone, each once, saying which of the two matched. */
export async function findDuplicates(ctx: OrgContext, contact: Contact): Promise<Duplicate[]> {
  const lookups: Array<[MatchField, string]> = [];
  if (contact.email?.trim()) lookups.push(['email', contact.email.trim()]);
  if (contact.phone?.trim()) lookups.push(['phone', contact.phone.trim()]);
  const found = await Promise.all(lookups.map(async ([field, value]) => ({ field, contacts: await contactsSharing(ctx, field, value) })));

  const byId = new Map<string, Duplicate>();
  for (const { field, contacts } of found) {
    for (const other of contacts) {
      if (other.id === contact.id) continue;
      const known = byId.get(other.id);
      if (!known) byId.set(other.id, { contact: other, matchedOn: [field] });
      else if (!known.matchedOn.includes(field)) known.matchedOn.push(field);
    }
  }
  return [...byId.values()];
}
