// Duplicate contacts: list them by a shared field value, merge them.
import type { Contact } from '../../worlds/world';
import { isEndUser, page, requireOrg, type Handler } from '../context';
import { invalidData, invalidField, notFound, unprocessable } from '../errors';
import { contactJson, contactSummary } from '../shapes';

type FieldName = 'firstName' | 'lastName' | 'email' | 'secondaryEmail' | 'phone' | 'fullName' | 'bothEmail';

function valuesOf(contact: Contact, fieldName: FieldName): string[] {
  switch (fieldName) {
    case 'fullName':
      return [[contact.firstName, contact.lastName].filter(Boolean).join(' ')];
    case 'bothEmail':
      return [contact.email, contact.secondaryEmail].filter((value): value is string => Boolean(value));
    default: {
      const value = contact[fieldName];
      return value ? [value] : [];
    }
  }
}

const normalise = (fieldName: FieldName, value: string) =>
  fieldName === 'phone' ? value.replace(/[^0-9+]/g, '') : value.trim().toLowerCase();

/**
 * `fieldValues` is a comma-separated list; one group per value that at least one contact has. `from` is 0-based
 * here (unlike every other list we use), and pages over the groups.
 */
export const groupContacts: Handler = (context) => {
  const org = requireOrg(context);
  const fieldName = context.query.fieldName as FieldName;
  const values = String(context.query.fieldValues ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  const groups = [...new Set(values.map((value) => normalise(fieldName, value)))].flatMap((wanted) => {
    const contacts = org.contacts.filter((contact) => valuesOf(contact, fieldName).some((value) => normalise(fieldName, value) === wanted));
    if (contacts.length === 0) return [];
    const fieldValue = valuesOf(contacts[0]!, fieldName).find((value) => normalise(fieldName, value) === wanted) ?? wanted;
    return [{ fieldValue: fieldValue.slice(0, 100), contacts: contacts.map((contact) => contactSummary(org, contact)) }];
  });
  return { status: 200, json: { data: page(groups, context.query, 0, 10) } };
};

const MERGEABLE_FIELDS = [
  'firstName', 'lastName', 'email', 'secondaryEmail', 'phone', 'mobile', 'accountId', 'type', 'title', 'street', 'city',
  'state', 'country', 'zip', 'description', 'twitter', 'facebook',
] as const;

/**
 * The path's contact survives; every other id in `ids` is merged into it and disappears. `source` names, per field,
 * the contact whose value wins; other fields keep the survivor's values. Help-center users cannot be merged.
 */
export const mergeContacts: Handler = (context) => {
  const org = requireOrg(context);
  const master = org.contacts.find((contact) => contact.id === context.pathParams.contactId);
  if (!master) return notFound();
  const body = context.body as { ids: unknown[] | null; source?: Record<string, unknown> | null } | null;
  const ids = [...new Set((body?.ids ?? []).map(String))].filter((id) => id !== master.id);
  if (ids.length === 0) return invalidData([invalidField('/ids', 'At least one other contact is needed to merge.', 'missing')]);
  const others: Contact[] = [];
  for (const [index, id] of ids.entries()) {
    const contact = org.contacts.find((candidate) => candidate.id === id);
    if (!contact) return invalidData([invalidField(`/ids/${index}`, 'The contact does not exist.')]);
    others.push(contact);
  }
  const all = [master, ...others];
  const portalUser = all.find((contact) => isEndUser(org, contact.id));
  if (portalUser) {
    const message = 'Help center users cannot be merged with other contacts.';
    return unprocessable(message, [invalidField('/ids', `${message} Contact ${portalUser.id} is a help center user.`)]);
  }
  const source = body?.source ?? {};
  for (const field of MERGEABLE_FIELDS) {
    const from = source[field];
    if (from === undefined || from === null) continue;
    const chosen = all.find((contact) => contact.id === String(from));
    if (!chosen) return invalidData([invalidField(`/source/${field}`, 'The source contact is not one of the merged contacts.')]);
    (master as unknown as Record<string, unknown>)[field] = chosen[field];
  }
  master.modifiedTime = new Date().toISOString();
  org.contacts = org.contacts.filter((contact) => !others.includes(contact));
  return { status: 200, json: contactJson(org, master) };
};
