import { t } from '@/lib/i18n';
import type { ApiError, CallKind, CallReply, CallRequest, Reply } from '@/lib/messages/protocol';
import { makeError } from '@/lib/messages/errors';
import type { CallBackground } from '@/lib/messages/call';

/** What a section knows about one read: loading (maybe with the previous data), loaded, or failed. */
export type Res<T> =
  | { status: 'loading'; data: T | undefined }
  | { status: 'ok'; data: T }
  | {
      status: 'error';
      data: T | undefined;
      error: ApiError;
      /** Set while an automatic retry (after a rate limit) is scheduled. */
      autoRetryInMs: number | null;
    };

interface Entry {
  kind: CallKind;
  payload: unknown;
  res: Res<unknown>;
  promise: Promise<Reply<unknown> | null>;
  seq: number;
  autoRetried: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** `fromView`: the answer is a part of the view's opening, whose reads the background follows up itself. */
export type OnData = (kind: CallKind, payload: unknown, data: unknown, fromView: boolean) => void;

/**
 * What this tab read lately, across contact views: an agent bouncing between a ticket and its contact sees the
 * panel at once from memory, while the same reads run again behind it (stale-while-revalidate). Only
 * successful reads are kept, never the session (connecting changes it), and only for a short while.
 */
const RECENT_TTL_MS = 60_000;
const RECENT_MAX = 300;
const recentReads = new Map<string, { data: unknown; at: number }>();

function keepRecentRead(key: string, kind: CallKind, data: unknown) {
  if (kind === 'session.get') return;
  recentReads.delete(key);
  recentReads.set(key, { data, at: Date.now() });
  if (recentReads.size > RECENT_MAX) recentReads.delete(recentReads.keys().next().value!);
}

function recentRead(key: string): { data: unknown } | undefined {
  const found = recentReads.get(key);
  if (found && Date.now() - found.at < RECENT_TTL_MS) return found;
  return undefined;
}

/** For tests: every view starts from an empty memory. */
export function forgetRecentReads() {
  recentReads.clear();
}

function keyOf(kind: CallKind, payload: unknown): string {
  return `${kind} ${JSON.stringify(payload)}`;
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * The reads of one contact view, keyed by call and payload: identical reads are made once and shared by every
 * section, answers that arrive after the view's signal aborted are dropped, and a rate-limited read is retried
 * once on its own after the delay the background names.
 */
export class ResourceStore {
  #entries = new Map<string, Entry>();
  #listeners = new Set<() => void>();
  #disposed = false;
  #generation = 0;
  #told: ReturnType<typeof setTimeout> | undefined;
  /** After a reset (Retry, connecting) every read goes to the background again, memory or not. */
  #useRecent = true;
  /** Aborted by a reset: the view opened before it stops sending parts into the one after. */
  #opened = new AbortController();

  readonly #api: CallBackground;
  readonly #signal: AbortSignal;
  readonly #onData: OnData | undefined;

  constructor(api: CallBackground, signal: AbortSignal, onData?: OnData) {
    this.#api = api;
    this.#signal = signal;
    this.#onData = onData;
    if (signal.aborted) this.dispose();
    else signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** The signal of the view as opened since the last reset. */
  get openSignal(): AbortSignal {
    return this.#opened.signal;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify() {
    if (this.#disposed) return;
    for (const listener of this.#listeners) listener();
  }

  get isDisposed() {
    return this.#disposed;
  }

  /** What the view holds of a read; before its answer, what this tab's memory holds of it. */
  read<K extends CallKind>(kind: K, payload: CallRequest<K>): Res<CallReply<K>> | undefined {
    const key = keyOf(kind, payload);
    const remembered = this.#useRecent ? recentRead(key) : undefined;
    return (this.#entries.get(key)?.res ?? (remembered && { status: 'ok', data: remembered.data })) as Res<CallReply<K>> | undefined;
  }

  /**
   * Starts a read unless the same one is loading or loaded (`force` reads again; `answer` is the reply already
   * known, `fromView` when it is a part of the view's opening). Resolves with the reply, or null when the view went
   * away (or a newer read of the same key replaced this one).
   */
  load<K extends CallKind>(
    kind: K,
    payload: CallRequest<K>,
    force = false,
    answer?: Reply<CallReply<K>>,
    fromView = false,
  ): Promise<Reply<CallReply<K>> | null> {
    if (this.#disposed) return Promise.resolve(null);
    const key = keyOf(kind, payload);
    const existing = this.#entries.get(key);
    if (existing && !force && existing.res.status !== 'error') {
      return existing.promise as Promise<Reply<CallReply<K>> | null>;
    }
    if (existing?.timer) clearTimeout(existing.timer);
    const seq = (existing?.seq ?? 0) + 1;
    const generation = this.#generation;
    const remembered = !existing && !force && this.#useRecent ? recentRead(key) : undefined;
    const entry: Entry = {
      kind,
      payload,
      res: remembered ? { status: 'ok', data: remembered.data } : { status: 'loading', data: existing?.res.data },
      promise: Promise.resolve(null),
      seq,
      autoRetried: existing?.autoRetried ?? false,
      timer: undefined,
    };
    entry.promise = (answer ? Promise.resolve(answer) : this.#fetch(kind, payload)).then((reply) => {
      const current = this.#entries.get(key);
      if (this.#disposed || reply === null || generation !== this.#generation || current?.seq !== seq) return null;
      if (reply.ok) {
        current.res = { status: 'ok', data: reply.data };
        current.autoRetried = false;
        keepRecentRead(key, kind, reply.data);
        this.#onData?.(kind, payload, reply.data, fromView);
      } else {
        const retryInMs = reply.error.kind === 'rate-limited' && !current.autoRetried ? (reply.error.retryInMs ?? 5_000) : null;
        current.res = { status: 'error', data: current.res.data, error: reply.error, autoRetryInMs: retryInMs };
        if (retryInMs !== null) {
          current.autoRetried = true;
          current.timer = setTimeout(() => {
            current.timer = undefined;
            void this.load(kind, payload, true);
          }, retryInMs);
        }
      }
      // Answers that arrive together (a user's badges and labels, several users) are separate messages, each its
      // own task: told in the next task, the listeners render them once, not once per answer, each after the last.
      this.#told ??= setTimeout(() => {
        this.#told = undefined;
        this.#notify();
      });
      return reply as Reply<CallReply<K>>;
    });
    this.#entries.set(key, entry);
    if (remembered) this.#onData?.(kind, payload, remembered.data, fromView);
    // A part of the view is shown with the parts that arrive with it (below), not with a render of its own first;
    // anything else shows at once (a write's answer, in the same render as the write's own outcome).
    if (!fromView) this.#notify();
    return entry.promise as Promise<Reply<CallReply<K>> | null>;
  }

  /**
   * The state a write answered with, taken as the read's answer without asking again (onData sees it, so a new
   * help-center user gets its badges and labels; a read of the same key under way is dropped). null: not known,
   * read it again.
   */
  show<K extends CallKind>(kind: K, payload: CallRequest<K>, state: CallReply<K> | null) {
    void this.load(kind, payload, true, state === null ? undefined : { ok: true, data: state });
  }

  async #fetch<K extends CallKind>(kind: K, payload: CallRequest<K>): Promise<Reply<CallReply<K>> | null> {
    try {
      const reply = await this.#api(kind, payload, this.#signal);
      return this.#signal.aborted ? null : reply;
    } catch (error) {
      if (this.#signal.aborted || isAbort(error)) return null;
      return { ok: false, error: makeError('internal', t('errInternal')) };
    }
  }

  /** Forgets every read and lets the caller start again (after connecting, or a panel-wide Retry). */
  reset() {
    this.#opened.abort();
    this.#opened = new AbortController();
    this.#generation += 1;
    this.#useRecent = false;
    for (const entry of this.#entries.values()) if (entry.timer) clearTimeout(entry.timer);
    this.#entries.clear();
    this.#notify();
  }

  dispose() {
    this.#opened.abort();
    for (const entry of this.#entries.values()) if (entry.timer) clearTimeout(entry.timer);
    this.#disposed = true;
    this.#listeners.clear();
  }

  /** Every read made so far, for panel-wide checks (not connected, wrong data center, …). */
  all(): Array<{ kind: CallKind; res: Res<unknown> }> {
    return [...this.#entries.values()].map((entry) => ({ kind: entry.kind, res: entry.res }));
  }
}
