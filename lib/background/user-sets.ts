import type { ItemResult } from '../messages/protocol';
import type { OrgContext } from '../zoho/context';
import { READ_BACK_TIMEOUT_MS } from '../zoho/http';
import type { ContactCache } from './contact-cache';
import { itemsFromState, writeOrReadBack } from './read-back';

/** How one of a help-center user's sets (badges, labels) is changed and read. */
export interface UserSetChange {
  write: (ctx: OrgContext, userId: string, ids: string[]) => Promise<ItemResult[]>;
  list: (ctx: OrgContext, userId: string) => Promise<Array<{ id: string }>>;
  /** Whether a successful change leaves the items in the user's set. */
  present: boolean;
  cached: 'userBadges' | 'userLabels';
}

/**
 * Award/revoke a user's badges, assign/remove their labels: one mass call; when its answer is lost, the user's
 * set is read back to tell which items took; either way the cached set is dropped.
 */
export async function changeUserSet(
  contacts: ContactCache,
  ctx: OrgContext,
  userId: string,
  ids: string[],
  change: UserSetChange,
): Promise<ItemResult[]> {
  try {
    return await writeOrReadBack(
      () => change.write(ctx, userId, ids),
      async (failure) => {
        const held = new Set((await change.list({ ...ctx, timeoutMs: READ_BACK_TIMEOUT_MS }, userId)).map((item) => item.id));
        return itemsFromState(ids, (id) => held.has(id) === change.present, failure);
      },
    );
  } finally {
    contacts.invalidate(ctx, change.cached, userId);
  }
}
