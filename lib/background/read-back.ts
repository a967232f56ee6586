import type { ItemResult, WriteCheck, WriteReply } from '../messages/protocol';
import { CallError } from '../messages/errors';
import type { OrgContext } from '../zoho/context';
import { READ_BACK_TIMEOUT_MS } from '../zoho/http';

// A write that timed out or met a 5xx may still have happened. Sending it again could do it twice (a second
// invitation e-mail, a merge of what is left), so the handler reads the state back and reports what Zoho
// actually holds. This file is the one place that decides it; the panel only renders what it is answered.

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

/** A write to one piece of state (a contact's memberships, a user's badges or labels), item by item. */
export interface StateWrite<S> {
  ids: string[];
  check?: WriteCheck;
  ctx: OrgContext;
  /** Zoho's state now: one GET, made with `ctx` (a read-back's carries a shorter timeout). */
  read: (ctx: OrgContext) => Promise<S>;
  /** The state this tab last read, when the background still holds it. */
  held: S | undefined;
  /** Sends the write for `ids`: Zoho's answer per item. */
  send: (ids: string[]) => Promise<ItemResult[]>;
  /** Whether `state` shows the write done for `id`. */
  done: (state: S, id: string) => boolean;
  /** The state after the write from the one before and the ids Zoho answered done; undefined when its answer does not tell. */
  derive: (before: S, succeeded: string[]) => S | undefined;
  /** Keeps the state after the write (null: not known) as what the background holds. */
  keep: (state: S | null) => void;
}

/** One item Zoho did. */
export const success = (id: string): ItemResult => ({ id, success: true, errorCode: null, message: null });
const failed = (id: string, error: CallError): ItemResult => ({
  id,
  success: false,
  errorCode: error.apiError.code ?? error.apiError.kind.toUpperCase(),
  message: error.apiError.message,
});

/**
 * Sends a write and answers with the state after it: derived from the held state and Zoho's answer when every
 * item was done and the answer tells it, else read once. After an uncertain failure the state is read back once and each item is what Zoho
 * holds; if that read fails too, the state is null and the outcome unknown (never sent again on its own). A
 * `check` reads first: 'only' sends nothing, 'then-send' sends only what Zoho shows undone.
 */
export async function writeWithState<S>(write: StateWrite<S>): Promise<WriteReply<S>> {
  const { ids } = write;
  let before = write.held;
  let pending = ids;
  if (write.check) {
    let now: S;
    try {
      now = await write.read(write.ctx);
    } catch (error) {
      // Still unknown: answered as such, so the agent's next Retry checks again instead of sending.
      if (!(error instanceof CallError)) throw error;
      return { items: ids.map((id) => failed(id, error)), state: null, lost: error.apiError };
    }
    write.keep(now);
    before = now;
    pending = ids.filter((id) => !write.done(now, id));
    if (write.check === 'only' || pending.length === 0) {
      return { items: ids.map((id) => (pending.includes(id) ? { ...success(id), success: false } : success(id))), state: now, lost: null };
    }
  }
  const already = ids.filter((id) => !pending.includes(id)).map(success);
  let answer: ItemResult[];
  try {
    answer = await write.send(pending);
  } catch (error) {
    if (isUncertain(error)) {
      // A read-back must end before the panel's alert.
      const state = await write.read({ ...write.ctx, timeoutMs: READ_BACK_TIMEOUT_MS }).catch(() => null);
      write.keep(state);
      const items = ids.map((id) => (state !== null && write.done(state, id) ? success(id) : failed(id, error)));
      return { items, state, lost: error.apiError };
    }
    if (already.length === 0 || !(error instanceof CallError)) throw error;
    return { items: [...already, ...pending.map((id) => failed(id, error))], state: before ?? null, lost: null };
  }
  const succeeded = answer.filter((item) => item.success).map((item) => item.id);
  // A refused item says the held state was not Zoho's (another agent, Desk's own UI), not what Zoho holds
  // instead: then the state is read, so the row shows the truth beside the refusal.
  const refused = answer.length < pending.length || answer.some((item) => !item.success);
  let state = before === undefined || refused ? undefined : write.derive(before, succeeded);
  if (state === undefined) state = await write.read(write.ctx).catch(() => undefined);
  write.keep(state ?? null);
  return { items: [...already, ...answer], state: state ?? null, lost: null };
}
