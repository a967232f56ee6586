import * as z from 'zod/mini';
import type { OrgContext } from './context';
import type { QueryValue } from './http';

// Each Desk list has its own paging rules (the `from`/`limit` bounds in Zoho's spec): most start `from` at 1
// with at most 50 per page, groupContacts starts at 0 and allows 100. The rule travels with the resource, this
// only loops.

export interface PagingRule {
  /** The `from` of the first page: 1 for most Desk lists, 0 for groupContacts. */
  firstFrom: 0 | 1;
  /** The largest `limit` the spec allows for that list. */
  limit: number;
  /** Stops runaway paging on a list that never returns a short page. */
  maxPages?: number;
}

export const FROM_1_LIMIT_50: PagingRule = { firstFrom: 1, limit: 50 };

/** Fetches pages until one comes back shorter than `limit` (or empty: Desk answers 204 to an empty page). */
export async function collectPages<T>(rule: PagingRule, fetchPage: (from: number, limit: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  const maxPages = rule.maxPages ?? 20;
  let from = rule.firstFrom;
  for (let page = 0; page < maxPages; page++) {
    const items = await fetchPage(from, rule.limit);
    all.push(...items);
    if (items.length < rule.limit) break;
    from += rule.limit;
  }
  return all;
}

/**
 * A list answer in any of the shapes Desk uses: `{"data":[…]}` (the spec's usual schema), a bare array (the
 * badge endpoints' examples), or no body at all (204 for an empty list).
 */
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.union([z.object({ data: z.nullable(z.array(item)) }), z.array(item), z.null()]),
    z.transform((value: { data: z.output<T>[] | null } | z.output<T>[] | null): z.output<T>[] =>
      value === null ? [] : Array.isArray(value) ? value : (value.data ?? []),
    ),
  );
}

/** Every page of a Desk list read with one GET: the rule adds `from` and `limit` to the query. */
export function getEveryPage<T extends z.ZodMiniType>(
  ctx: OrgContext,
  path: string,
  query: Record<string, QueryValue>,
  item: T,
  rule: PagingRule = FROM_1_LIMIT_50,
): Promise<z.output<T>[]> {
  return collectPages(rule, (from, limit) => ctx.http({ ...ctx, method: 'GET', path, query: { ...query, from, limit }, schema: listOf(item) }));
}
