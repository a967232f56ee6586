import * as z from 'zod/mini';
import type { OrgContext } from './context';
import { text, zId } from './schemas';

/** GET /api/v1/users: from 1, at most 50 a page (User.json, getUsers). */
export const USERS_PAGE = 50;

export interface HelpCenterUser {
  id: string;
  /** Lower-cased; the list carries no contact id, so the email is what ties a user to a contact. */
  email: string | null;
  status: string | null;
}

const user = z.object({ id: zId, emailAddress: text, status: text });
// `{data, count}`; include=count adds the help center's total (a digit string or a number in the spec); 204 when empty.
const page = z.nullable(z.object({ data: z.nullish(z.array(user)), count: z.nullish(z.union([z.string(), z.number()])) }));

const toUser = (item: z.infer<typeof user>): HelpCenterUser => ({ id: item.id, email: item.emailAddress?.trim().toLowerCase() || null, status: item.status });

/** One page of a help center's users; with `count`, the help center's total too (null when Zoho leaves it out). */
export async function helpCenterUsersPage(
  ctx: OrgContext,
  helpCenterId: string,
  from: number,
  count = false,
): Promise<{ users: HelpCenterUser[]; total: number | null }> {
  const body = await ctx.http({
    ...ctx,
    method: 'GET',
    path: '/api/v1/users',
    query: { helpCenterId, from, limit: USERS_PAGE, include: count ? 'count' : undefined },
    schema: page,
  });
  const raw = body?.count;
  const total = raw === null || raw === undefined || !/^\d+$/.test(String(raw)) ? null : Number(raw);
  return { users: (body?.data ?? []).map(toUser), total };
}
