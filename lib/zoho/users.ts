import * as z from 'zod/mini';
import type { OrgContext } from './context';

// Zoho answers with the user; only its status is needed (the write's answer then says the state after it).
const updatedUser = z.nullable(z.object({ status: z.nullish(z.string()) }));

/**
 * Reactivates or deactivates a help-center user: the status Zoho answers it now has, null if it does not say. One
 * user id can be a member of several help centers: `helpCenterId` limits the change to that one.
 */
export async function setUserStatus(ctx: OrgContext, userId: string, status: 'ACTIVE' | 'DISABLED', helpCenterId?: string): Promise<string | null> {
  const user = await ctx.http({
    ...ctx,
    method: 'PATCH',
    path: `/api/v1/users/${encodeURIComponent(userId)}`,
    query: { helpCenterId },
    body: { status },
    schema: updatedUser,
  });
  return user?.status ?? null;
}
