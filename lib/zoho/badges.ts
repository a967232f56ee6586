import * as z from 'zod/mini';
import type { Badge, ItemResult } from '../messages/protocol';
import type { OrgContext } from './context';
import { postMassAction } from './mass-action';
import { getEveryPage } from './paging';
import { text, zId } from './schemas';

const badge = z.object({ id: zId, name: z.string(), description: text, iconUrl: text });

const toBadge = (raw: z.infer<typeof badge>): Badge => ({
  id: raw.id,
  name: raw.name,
  description: raw.description,
  iconUrl: raw.iconUrl,
});

const userPath = (userId: string) => `/api/v1/users/${encodeURIComponent(userId)}/badges`;

/** The badges awarded to a help-center user. The spec's schema says `{data:[…]}`, its example a bare array: listOf takes both. */
export async function listUserBadges(ctx: OrgContext, userId: string): Promise<Badge[]> {
  const items = await getEveryPage(ctx, userPath(userId), {}, badge);
  return items.map(toBadge);
}

/** The org's badge catalogue (a bare array per page). */
export async function listBadges(ctx: OrgContext): Promise<Badge[]> {
  const items = await getEveryPage(ctx, '/api/v1/badges', {}, badge);
  return items.map(toBadge);
}

export async function associateBadges(ctx: OrgContext, userId: string, badgeIds: string[]): Promise<ItemResult[]> {
  return postMassAction(ctx, `${userPath(userId)}/associate`, { badgeIds });
}

export async function dissociateBadges(ctx: OrgContext, userId: string, badgeIds: string[]): Promise<ItemResult[]> {
  return postMassAction(ctx, `${userPath(userId)}/dissociate`, { badgeIds });
}
