import * as z from 'zod/mini';
import type { HelpCenter } from '../messages/protocol';
import type { OrgContext } from './context';
import { getEveryPage } from './paging';
import { text, zId } from './schemas';

/** A help center as Zoho describes it, in the org's list and in a contact's memberships alike. */
export const helpCenterSchema = z.object({ id: zId, name: text, url: text, status: text });

export const toHelpCenter = (item: z.infer<typeof helpCenterSchema>): HelpCenter => ({
  id: item.id,
  name: item.name ?? item.id,
  url: item.url,
  // The spec leaves status open; anything but ACTIVE is a help center the agent cannot invite to.
  enabled: (item.status ?? 'ACTIVE').toUpperCase() === 'ACTIVE',
});

/** Every help center of the org; `from` starts at 1, at most 50 a page. */
export async function listHelpCenters(ctx: OrgContext): Promise<HelpCenter[]> {
  const items = await getEveryPage(ctx, '/api/v1/helpCenters', {}, helpCenterSchema);
  return items.map(toHelpCenter);
}
