import * as z from 'zod/mini';
import type { ItemResult, Label } from '../messages/protocol';
import type { OrgContext } from './context';
import { postMassAction } from './mass-action';
import { getEveryPage } from './paging';
import { zId } from './schemas';

const label = z.object({ id: zId, name: z.string(), helpCenterId: z.nullish(zId) });

const toLabel = (raw: z.infer<typeof label>): Label => ({ id: raw.id, name: raw.name, helpCenterId: raw.helpCenterId ?? null });

const userPath = (userId: string) => `/api/v1/users/${encodeURIComponent(userId)}/labels`;

/**
 * The user's labels in one help center: one user id can stand in several, and a label belongs to one of them
 * (without `helpCenterId` Zoho lists the labels of every help center of the user together).
 */
export async function listUserLabels(ctx: OrgContext, userId: string, helpCenterId: string): Promise<Label[]> {
  const items = await getEveryPage(ctx, userPath(userId), { helpCenterId }, label);
  return items.map((item) => toLabel({ ...item, helpCenterId: item.helpCenterId ?? helpCenterId }));
}

/** The labels of one help center: a label belongs to exactly one. */
export async function listLabels(ctx: OrgContext, helpCenterId: string): Promise<Label[]> {
  const items = await getEveryPage(ctx, '/api/v1/labels', { helpCenterId }, label);
  // Desk fills helpCenterId on each label; where it does not, the query says which one it is.
  return items.map((item) => toLabel({ ...item, helpCenterId: item.helpCenterId ?? helpCenterId }));
}

export async function assignLabels(ctx: OrgContext, userId: string, helpCenterId: string, labelIds: string[]): Promise<ItemResult[]> {
  return postMassAction(ctx, `${userPath(userId)}/assign`, { labels: labelIds.map((id) => ({ id, isPrimary: false })) }, { helpCenterId });
}

export async function removeLabels(ctx: OrgContext, userId: string, helpCenterId: string, labelIds: string[]): Promise<ItemResult[]> {
  return postMassAction(ctx, `${userPath(userId)}/remove`, { labelIds }, { helpCenterId });
}
