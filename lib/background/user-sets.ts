import type { ItemResult, WriteCheck, WriteReply } from '../messages/protocol';
import type { SenderInfo } from '../messages/router';
import type { OrgContext } from '../zoho/context';
import type { ContactCache } from './contact-cache';
import { writeWithState } from './read-back';

/** How one of a help-center user's sets (badges, labels) is changed and read. */
export interface UserSetChange<T extends { id: string }> {
  write: (ctx: OrgContext, userId: string, ids: string[]) => Promise<ItemResult[]>;
  list: (ctx: OrgContext, userId: string) => Promise<T[]>;
  /** Whether a successful change leaves the items in the user's set. */
  present: boolean;
  cached: 'userBadges' | 'userLabels';
  /** An item as the catalogue the background holds describes it; undefined when it does not hold it. */
  known: (ctx: OrgContext, id: string) => T | undefined;
}

/**
 * Award/revoke a user's badges, assign/remove their labels: one mass call, answered with the user's set after
 * it. A removal's answer tells the set; an addition's does when the catalogue the item came from is held.
 */
export function changeUserSet<T extends { id: string }>(
  contacts: ContactCache,
  ctx: OrgContext,
  sender: SenderInfo,
  request: { userId: string; ids: string[]; check?: WriteCheck },
  change: UserSetChange<T>,
): Promise<WriteReply<T[]>> {
  const { userId, ids, check } = request;
  return writeWithState<T[]>({
    ids,
    check,
    ctx,
    read: (readCtx) => change.list(readCtx, userId),
    ...contacts.writeTarget<T[]>(ctx, sender, [change.cached, userId]),
    send: (pending) => change.write(ctx, userId, pending),
    done: (items, id) => items.some((item) => item.id === id) === change.present,
    derive: (before, succeeded) => {
      const rest = before.filter((item) => !succeeded.includes(item.id));
      if (!change.present) return rest;
      const added = succeeded.map((id) => before.find((item) => item.id === id) ?? change.known(ctx, id));
      // Zoho lists a user's items oldest first: the new ones go last.
      return added.every((item) => item !== undefined) ? [...rest, ...(added as T[])] : undefined;
    },
  });
}
