import * as z from 'zod/mini';
import type { Contact, ItemResult, Membership } from '../messages/protocol';
import type { OrgContext } from './context';
import { helpCenterSchema, toHelpCenter } from './help-centers';
import { massActionResponse } from './mass-action';
import { listOf } from './paging';
import { text, zId } from './schemas';


/** A contact as Desk sends it in GET /contacts/{id}, merge answers and groupContacts. */
export const zohoContact = z.object({
  id: zId,
  firstName: text,
  lastName: text,
  email: text,
  secondaryEmail: text,
  phone: text,
  mobile: text,
  accountId: z.nullish(zId),
  account: z.nullish(z.object({ accountName: text, id: z.nullish(zId) })),
});
type ZohoContact = z.infer<typeof zohoContact>;

export function toContact(raw: ZohoContact): Contact {
  const { firstName, lastName, email, secondaryEmail, phone, mobile } = raw;
  const shown = { firstName, lastName, email, secondaryEmail, phone, mobile };
  return {
    id: raw.id,
    ...shown,
    accountName: raw.account?.accountName ?? null,
    accountId: raw.account?.id ?? raw.accountId ?? null,
    // Keyed by the field names the merge call's `source` accepts, so the dialog's choice maps straight onto it.
    mergeFields: { ...shown, accountId: raw.account?.accountName ?? raw.accountId ?? null },
  };
}

const base = (contactId: string) => `/api/v1/contacts/${encodeURIComponent(contactId)}`;

export async function getContact(ctx: OrgContext, contactId: string): Promise<Contact> {
  const raw = await ctx.http({
    ...ctx,
    method: 'GET',
    path: base(contactId),
    // The account's name reads better in the merge dialog than its id.
    query: { include: 'accounts' },
    schema: zohoContact,
  });
  return toContact(raw);
}

const membership = z.object({ helpCenter: helpCenterSchema, userId: zId, userStatus: z.string() });

/** The contact's user record in every help center it belongs to. Not paginated. */
export async function getContactHelpCenters(ctx: OrgContext, contactId: string): Promise<Membership[]> {
  const items = await ctx.http({ ...ctx, method: 'GET', path: `${base(contactId)}/helpCenters`, schema: listOf(membership) });
  return items.map((item) => ({
    helpCenter: toHelpCenter(item.helpCenter),
    userId: item.userId,
    userStatus: item.userStatus,
  }));
}

/** 204 with no body on success. */
export async function inviteContact(ctx: OrgContext, contactId: string, helpCenterId: string): Promise<null> {
  await ctx.http({ ...ctx, method: 'POST', path: `${base(contactId)}/inviteAsEndUser`, body: { helpCenterId }, schema: z.unknown() });
  return null;
}

export async function inviteContacts(ctx: OrgContext, helpCenterId: string, contactIds: string[]): Promise<ItemResult[]> {
  return ctx.http({
    ...ctx,
    method: 'POST',
    path: '/api/v1/contacts/inviteAsEndUser',
    body: { helpCenterId, contactIds },
    schema: massActionResponse,
  });
}

/** Approve or reject a contact's pending sign-ups: one call for any number of help centers, a result per item. */
function decideInvites(decision: 'approve' | 'reject') {
  return (ctx: OrgContext, contactId: string, helpCenterIds: string[]): Promise<ItemResult[]> =>
    ctx.http({
      ...ctx,
      method: 'POST',
      path: `${base(contactId)}/${decision}EndUserInvite`,
      body: { helpCenterIds },
      schema: massActionResponse,
    });
}

export const approveInvite = decideInvites('approve');
export const rejectInvite = decideInvites('reject');

// The spec's merge `source` requires every one of these fields (and allows no others), each naming the contact
// whose value is kept. A field the agent did not choose keeps the survivor's value.
const MERGE_SOURCE_FIELDS = [
  'firstName', 'lastName', 'email', 'secondaryEmail', 'phone', 'mobile', 'accountId', 'type', 'title', 'street',
  'city', 'state', 'country', 'zip', 'description', 'twitter', 'facebook',
] as const;

export function mergeSource(keepId: string, chosen: Record<string, string>): Record<string, string | null> {
  const source: Record<string, string | null> = {};
  for (const field of MERGE_SOURCE_FIELDS) source[field] = Object.hasOwn(chosen, field) ? chosen[field]! : keepId;
  // Custom fields are not offered in the dialog: null leaves them as they are on the survivor.
  source.cf = null;
  source.customFields = null;
  return source;
}

/** Merges `mergeIds` into `keepId`; `source` names, per field, the contact whose value survives. */
export async function mergeContacts(
  ctx: OrgContext,
  keepId: string,
  mergeIds: string[],
  source: Record<string, string>,
): Promise<Contact> {
  const raw = await ctx.http({
    ...ctx,
    method: 'POST',
    path: `${base(keepId)}/merge`,
    // The protocol's mergeIds are Zoho's `ids`: the records that disappear into the one in the path.
    body: { ids: mergeIds, source: mergeSource(keepId, source) },
    schema: zohoContact,
  });
  return toContact(raw);
}
