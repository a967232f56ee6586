// What a handler gets once checks.ts has let the request through, and the small helpers handlers share.
import type { Membership, Org, World } from '../worlds/world';
import type { Checked } from './checks';
import type { Reply } from './errors';

export interface DeskOptions {
  badgesShape: 'data' | 'array';
}

export interface HandlerContext extends Checked {
  world: World;
  options: DeskOptions;
  /** Set for every operation that takes an orgId; handlers of such operations may rely on it. */
  org: Org | null;
}

export type Handler = (context: HandlerContext) => Reply;

export function requireOrg(context: HandlerContext): Org {
  if (!context.org) throw new Error(`${context.operation.route} needs an org`);
  return context.org;
}

/** `from`/`limit` as the operation declares them: `firstIndex` is 1 for most lists, 0 for groupContacts. */
export function page<T>(items: T[], query: Record<string, unknown>, firstIndex: number, defaultLimit: number): T[] {
  const from = typeof query.from === 'number' ? query.from : firstIndex;
  const limit = typeof query.limit === 'number' ? query.limit : defaultLimit;
  const start = from - firstIndex;
  return items.slice(start, start + limit);
}

/**
 * Desk's `isEndUser`: the contact has a user in some help center (invited, pending or signed up). The same state
 * decides that Desk refuses to merge it, so a client that read the flag knows the merge's answer beforehand.
 */
export function isEndUser(org: Org, contactId: string): boolean {
  return org.memberships.some((membership) => membership.contactId === contactId);
}

/** Every membership of a user id: usually one, several where one user stands in several help centers. */
export function membershipsOfUser(org: Org, userId: string): Membership[] {
  return org.memberships.filter((membership) => membership.userId === userId);
}

/** A fresh 64-bit-looking id one above the largest of its kind in the org, as a digit string. */
export function nextId(existing: string[], fallback: string): string {
  let max = 0n;
  for (const id of existing) if (/^[0-9]+$/.test(id) && BigInt(id) > max) max = BigInt(id);
  return max === 0n ? fallback : String(max + 1n);
}

/** Desk's `sortBy`: a field name, `-` first for descending. */
export function bySort(sortBy: unknown, field: string) {
  const key = typeof sortBy === 'string' ? sortBy.replace(/^-/, '') : field;
  const sign = typeof sortBy === 'string' && sortBy.startsWith('-') ? -1 : 1;
  return (a: Record<string, unknown>, b: Record<string, unknown>) => sign * String(a[key] ?? '').localeCompare(String(b[key] ?? ''));
}

/** Desk's `searchBy`: `*` marks where anything may stand; compared without case. */
export function matchesSearch(name: string, searchBy: unknown) {
  return typeof searchBy !== 'string' || name.toLowerCase().includes(searchBy.replace(/\*/g, '').toLowerCase());
}

export function now(): string {
  return new Date().toISOString();
}

export interface MassItemError {
  errorCode: 'UNPROCESSABLE_ENTITY' | 'INVALID_DATA' | 'FORBIDDEN';
  message: string;
}

/**
 * One `results[]` item. Zoho has two error shapes: MassActionError (contacts, badges: `errorMessage`) and User.json's
 * own (labels: `error`, required). `style` picks the one the operation's schema declares.
 */
export function massItem(id: string, error: MassItemError | null, style: 'errorMessage' | 'error' = 'errorMessage') {
  if (!error) return { success: true, id, errors: null };
  const details: Record<string, unknown> = { errorCode: error.errorCode, httpCode: error.errorCode === 'FORBIDDEN' ? '403' : '422' };
  details[style] = error.message.slice(0, 100);
  return { success: false, id, errors: details };
}
