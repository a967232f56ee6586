import type { ItemResult, Membership } from '../messages/protocol';
import { CallError } from '../messages/errors';
import { statusCategory } from '../messages/user-status';

// A write that timed out or met a 5xx may still have happened. Sending it again could do it twice (a second
// invitation e-mail, a merge of what is left), so the handler reads the state back and reports what Zoho
// actually holds; only when nothing changed does the original failure reach the agent.

const UNCERTAIN = new Set(['server', 'timeout', 'network']);

export function isUncertain(error: unknown): error is CallError {
  return error instanceof CallError && UNCERTAIN.has(error.apiError.kind);
}

/** What a read-back found: the write's outcome as Zoho holds it, or null when it did not happen (or is unknown). */
export type ReadBack<T> = { outcome: T } | null;

/** Runs `write`; after an uncertain failure asks `readBack` what happened. null from readBack: report the failure. */
export async function writeOrReadBack<T>(write: () => Promise<T>, readBack: (failure: CallError) => Promise<ReadBack<T>>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUncertain(error)) throw error;
    const known = await readBack(error).catch(() => null);
    if (known === null) throw error;
    return known.outcome;
  }
}

/** A read-back that found the write done (true) or not (false). */
export const doneIf = <T>(done: boolean, outcome: T): ReadBack<T> => (done ? { outcome } : null);

/** Item results from a read-back: ids where `done` holds succeeded, the others carry the original failure. */
export function itemsFromState(ids: string[], done: (id: string) => boolean, failure: CallError): ReadBack<ItemResult[]> {
  const results = ids.map((id) =>
    done(id)
      ? { id, success: true, errorCode: null, message: null }
      : { id, success: false, errorCode: failure.apiError.code ?? failure.apiError.kind.toUpperCase(), message: failure.apiError.message },
  );
  return results.some((result) => result.success) ? { outcome: results } : null;
}

export function membershipIn(memberships: Membership[], helpCenterId: string): Membership | undefined {
  return memberships.find((membership) => membership.helpCenter.id === helpCenterId);
}

const categoryIn = (memberships: Membership[], helpCenterId: string) => statusCategory(membershipIn(memberships, helpCenterId)?.userStatus);

export const approved = (memberships: Membership[], helpCenterId: string) => categoryIn(memberships, helpCenterId) === 'active';

/** Rejected: no longer awaiting approval (Zoho drops the user, or keeps it under another status). */
export const rejected = (memberships: Membership[], helpCenterId: string) => categoryIn(memberships, helpCenterId) !== 'pending';

export const invited = (memberships: Membership[], helpCenterId: string) => membershipIn(memberships, helpCenterId) !== undefined;

export const hasStatus = (memberships: Membership[], userId: string, status: 'ACTIVE' | 'DISABLED') => {
  const mine = memberships.filter((membership) => membership.userId === userId);
  if (mine.length === 0) return false;
  const wanted = status === 'ACTIVE' ? 'active' : 'deactivated';
  return mine.every((membership) => statusCategory(membership.userStatus) === wanted);
};
