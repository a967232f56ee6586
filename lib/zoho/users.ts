import * as z from 'zod/mini';
import type { OrgContext } from './context';

// Zoho answers with the user; only its status is needed (the write's answer then says the state after it).
const updatedUser = z.nullable(z.object({ status: z.nullish(z.string()) }));

/**
 * Reactivates or deactivates a help-center user in one help center: the status Zoho answers it now has, null if
 * it does not say. One user id can stand in several help centers, and without `helpCenterId` Zoho changes it in
 * every one of them.
 */
export async function setUserStatus(ctx: OrgContext, userId: string, helpCenterId: string, status: 'ACTIVE' | 'DISABLED'): Promise<string | null> {
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
