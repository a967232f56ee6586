import * as z from 'zod/mini';
import type { OrgContext } from './context';
import { collectPages, listOf } from './paging';
import { zId } from './schemas';

/** A group's users: from 1, at most 100 a page (HelpcenterGroups.json, getHelpCenterGroupUsers). */
export const GROUP_USERS_PAGE = 100;

/** Who is in the group already (user ids), and how many calls reading it took. */
export async function groupMemberIds(ctx: OrgContext, groupId: string): Promise<{ ids: Set<string>; reads: number }> {
  let reads = 0;
  const users = await collectPages({ firstFrom: 1, limit: GROUP_USERS_PAGE, maxPages: 1_000 }, (from, limit) => {
    reads++;
    return ctx.http({
      ...ctx,
      method: 'GET',
      path: `/api/v1/groups/${encodeURIComponent(groupId)}/users`,
      query: { from, limit },
      schema: listOf(z.object({ id: zId })),
    });
  });
  return { ids: new Set(users.map((user) => user.id)), reads };
}
