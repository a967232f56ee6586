import * as z from 'zod/mini';
import type { OrgContext } from './context';

/** Reactivates or deactivates a help-center user. The answer (the user) is not needed: callers read back. */
export async function setUserStatus(ctx: OrgContext, userId: string, status: 'ACTIVE' | 'DISABLED'): Promise<null> {
  await ctx.http({
    ...ctx,
    method: 'PATCH',
    path: `/api/v1/users/${encodeURIComponent(userId)}`,
    body: { status },
    schema: z.unknown(),
  });
  return null;
}
