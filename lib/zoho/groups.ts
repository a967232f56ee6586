import * as z from 'zod/mini';
import type { Group, ItemResult } from '../messages/protocol';
import type { OrgContext } from './context';
import { postMassAction } from './mass-action';
import { FROM_1_LIMIT_50, getEveryPage } from './paging';
import { zId } from './schemas';

// Help-center user groups (who may read which knowledge-base content). A group belongs to one help center, and
// one user id can stand in several help centers: every call here names the help center it is about.

const group = z.object({ id: zId, name: z.nullish(z.string()), helpCenterId: z.nullish(zId) });

// Desk fills helpCenterId on each group; where it does not, the help center asked about is the one.
const toGroup = (helpCenterId: string) => (raw: z.infer<typeof group>): Group => ({
  id: raw.id,
  name: raw.name ?? raw.id,
  helpCenterId: raw.helpCenterId ?? helpCenterId,
});

const userPath = (userId: string) => `/api/v1/users/${encodeURIComponent(userId)}/groups`;
const groupPath = (groupId: string) => `/api/v1/groups/${encodeURIComponent(groupId)}/users`;

/** The user's groups in one help center (every page). */
export async function listUserGroups(ctx: OrgContext, userId: string, helpCenterId: string): Promise<Group[]> {
  const items = await getEveryPage(ctx, userPath(userId), { helpCenterId }, group);
  return items.map(toGroup(helpCenterId));
}

/** The groups of one help center, every page of them. */
export async function listGroups(ctx: OrgContext, helpCenterId: string): Promise<Group[]> {
  const items = await getEveryPage(ctx, '/api/v1/groups', { helpCenterId }, group);
  return items.map(toGroup(helpCenterId));
}

/** Adds the user to groups of that help center: a verdict per group. */
export async function associateGroups(ctx: OrgContext, userId: string, helpCenterId: string, groupIds: string[]): Promise<ItemResult[]> {
  return postMassAction(ctx, `${userPath(userId)}/associate`, { groups: groupIds.map((id) => ({ id })) }, { helpCenterId });
}

export async function dissociateGroups(ctx: OrgContext, userId: string, helpCenterId: string, groupIds: string[]): Promise<ItemResult[]> {
  return postMassAction(ctx, `${userPath(userId)}/dissociate`, { groupIds }, { helpCenterId });
}

/**
 * Many users into one group: 204, all or nothing (Desk refuses the whole call for one bad user, and a user listed
 * twice), so the list goes out without repeats.
 */
export async function addUsersToGroup(ctx: OrgContext, groupId: string, userIds: string[]): Promise<null> {
  const users = [...new Set(userIds)].map((id) => ({ id }));
  await ctx.http({ ...ctx, method: 'POST', path: `${groupPath(groupId)}/add`, body: { users }, schema: z.unknown() });
  return null;
}

export async function removeUsersFromGroup(ctx: OrgContext, groupId: string, userIds: string[]): Promise<null> {
  await ctx.http({ ...ctx, method: 'POST', path: `${groupPath(groupId)}/remove`, body: { userIds: [...new Set(userIds)] }, schema: z.unknown() });
  return null;
}

/** Every group of the org, of every help center (the catalogue without `helpCenterId`), every page of it. */
export async function listAllGroups(ctx: OrgContext): Promise<Group[]> {
  const items = await getEveryPage(ctx, '/api/v1/groups', {}, group, { ...FROM_1_LIMIT_50, maxPages: 200 });
  // A group without its help center cannot be offered: the run must name the help center whose users it adds.
  return items.flatMap((item) => (item.helpCenterId ? [toGroup(item.helpCenterId)(item)] : []));
}
