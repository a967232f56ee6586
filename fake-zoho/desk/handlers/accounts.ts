// An account's contacts, as Desk lists them on the account's page: 0-based `from`, at most 100 a page (the spec's
// maximum; checks.ts refuses more), 204 for a page past the end.
import { page, requireOrg, type Handler } from '../context';
import { notFound } from '../errors';
import { contactSummary } from '../shapes';

export const accountContacts: Handler = (context) => {
  const org = requireOrg(context);
  const accountId = context.pathParams.accountId;
  if (!org.accounts.some((account) => account.id === accountId)) return notFound();
  const members = org.contacts.filter((contact) => contact.accountId === accountId);
  const data = page(members, context.query, 0, 10).map((contact) => ({
    ...contactSummary(org, contact),
    mappingInfo: { mappingId: `${accountId}${contact.id.slice(-4)}`, mappingType: 'PRIMARY', isAccountTicketsViewable: false },
  }));
  return data.length === 0 ? { status: 204 } : { status: 200, json: { data } };
};
