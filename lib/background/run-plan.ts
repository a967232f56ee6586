import type { AccountContact, SkipReason } from '../messages/protocol';
import { getContactHelpCenters } from '../zoho/contacts';
import type { OrgContext } from '../zoho/context';
import { helpCenterUsersPage, USERS_PAGE } from '../zoho/help-center-users';

// Who of an account's contacts is a user of one help center, read the cheaper of two ways: the help center's user
// list (a page per 50 users of the whole help center; its items carry an email but no contact id) or one
// memberships read per contact the account lists as a help-center user. The first page, with include=count, says
// how long the list is; the rest is read only when it costs fewer calls than the memberships.

export interface UserThere {
  userId: string;
  /** As Zoho spells it: ACTIVE, DISABLED, INVITED, … */
  status: string;
}

/** 'list' when paging the rest of the help center's users costs no more calls than reading each contact. */
export function cheaperWay(total: number, endUsers: number): 'list' | 'memberships' {
  const remainingPages = Math.max(0, Math.ceil(total / USERS_PAGE) - 1);
  return remainingPages <= endUsers ? 'list' : 'memberships';
}

export async function usersAmong(
  ctx: OrgContext,
  helpCenterId: string,
  contacts: readonly AccountContact[],
): Promise<{ users: Map<string, UserThere>; reads: number }> {
  const users = new Map<string, UserThere>();
  const endUsers = contacts.filter((contact) => contact.isEndUser);
  if (endUsers.length === 0) return { users, reads: 0 };
  const first = await helpCenterUsersPage(ctx, helpCenterId, 1, true);
  let reads = 1;
  const total = first.total ?? (first.users.length < USERS_PAGE ? first.users.length : Infinity);
  if (cheaperWay(total, endUsers.length) === 'memberships') {
    const all = await Promise.all(endUsers.map((contact) => getContactHelpCenters(ctx, contact.id)));
    all.forEach((memberships, index) => {
      const there = memberships.find((membership) => membership.helpCenter.id === helpCenterId);
      if (there) users.set(endUsers[index]!.id, { userId: there.userId, status: there.userStatus });
    });
    return { users, reads: reads + endUsers.length };
  }
  const listed = [...first.users];
  for (let from = 1 + USERS_PAGE, last = first.users.length; last === USERS_PAGE && from < 100_000; from += USERS_PAGE) {
    const next = await helpCenterUsersPage(ctx, helpCenterId, from);
    reads++;
    listed.push(...next.users);
    last = next.users.length;
  }
  const byEmail = new Map(listed.flatMap((user) => (user.email ? [[user.email, user] as const] : [])));
  for (const contact of endUsers) {
    const user = byEmail.get(contact.email?.trim().toLowerCase() ?? '');
    if (user) users.set(contact.id, { userId: user.id, status: user.status ?? '' });
  }
  return { users, reads };
}

export interface Plan {
  targets: Array<{ contactId: string; userId: string }>;
  skipped: Array<{ contactId: string; reason: SkipReason }>;
}

/**
 * Deactivation: every active user among the contacts, each user once (two contacts can share one); the rest with
 * why they are left alone.
 */
export function planDeactivation(contacts: readonly AccountContact[], users: ReadonlyMap<string, UserThere>): Plan {
  return plan(contacts, users, (user) => {
    const status = user.status.toUpperCase();
    return status === 'ACTIVE' ? null : status === 'DISABLED' ? 'deactivated' : 'not-active';
  });
}

/** Adding to a group: every user of its help center (any status) not already in it, each once. */
export function planGroupAdd(contacts: readonly AccountContact[], users: ReadonlyMap<string, UserThere>, members: ReadonlySet<string>): Plan {
  return plan(contacts, users, (user) => (members.has(user.userId) ? 'in-group' : null));
}

function plan(contacts: readonly AccountContact[], users: ReadonlyMap<string, UserThere>, skip: (user: UserThere) => SkipReason | null): Plan {
  const result: Plan = { targets: [], skipped: [] };
  const chosen = new Set<string>();
  for (const contact of contacts) {
    const user = users.get(contact.id);
    const reason: SkipReason | null = !user ? 'not-user' : chosen.has(user.userId) ? 'same-user' : skip(user);
    if (reason) result.skipped.push({ contactId: contact.id, reason });
    else {
      chosen.add(user!.userId);
      result.targets.push({ contactId: contact.id, userId: user!.userId });
    }
  }
  return result;
}
