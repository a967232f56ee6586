import { useEffect, useRef, useState } from 'preact/hooks';
import type { Reply, WriteCheck, WriteReply } from '@/lib/messages/protocol';
import { describeItemFailure, describeWriteError } from './errors';

export interface Failure {
  text: string;
  retry: () => void;
}

/** One write from a section: what it is about, how it is sent, and where its answer goes. */
export interface WriteSpec<S> {
  /** What the reply answers item by item (help centers, a user, badges, labels). */
  ids: string[];
  /** The busy key of an item, under which its failure is kept. */
  keyOf: (id: string) => string;
  /** More keys busy while it runs (a toolbar's button). */
  extraKeys?: string[];
  /** The action on one item, in words: named in its failure. */
  action: (id: string) => string;
  send: (ids: string[], check?: WriteCheck) => Promise<Reply<WriteReply<S>>>;
  /** Shows the state after the write; null: not known, read it again. */
  show: (state: S | null) => void;
}

/**
 * Writes of one section. A write marks its keys busy synchronously, so a second click that lands before the
 * re-render (and the disabled attribute) sends nothing. The task answers, per key, a failure or null (success,
 * which clears an earlier failure); keys it does not mention keep what they had.
 */
export function useActions(signal: AbortSignal) {
  const busy = useRef(new Set<string>());
  const [failures, setFailures] = useState<Record<string, Failure>>({});
  const [, setTick] = useState(0);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  function run(keys: string[], task: () => Promise<Record<string, Failure | null> | undefined>) {
    if (keys.some((key) => busy.current.has(key))) return;
    for (const key of keys) busy.current.add(key);
    // A new attempt replaces the previous failure (and a new failure is announced again).
    setFailures((previous) => {
      if (!keys.some((key) => key in previous)) return previous;
      const next = { ...previous };
      for (const key of keys) delete next[key];
      return next;
    });
    setTick((t) => t + 1);
    const finish = (result: Record<string, Failure | null> | undefined) => {
      for (const key of keys) busy.current.delete(key);
      if (!alive.current || signal.aborted) return;
      if (result) {
        setFailures((previous) => {
          const next = { ...previous };
          for (const [key, failure] of Object.entries(result)) {
            if (failure) next[key] = failure;
            else delete next[key];
          }
          return next;
        });
      }
      setTick((t) => t + 1);
    };
    // A task never rejects except when the view is left (AbortError): then nothing is shown.
    task().then(finish, () => finish(undefined));
  }

  /**
   * Sends a write and renders its answer: the state after it, and per item a failure with what Retry does. The
   * background decides what happened; here only whether the outcome is still unknown, so that Retry checks
   * Zoho's state before it sends anything.
   */
  function write<S>(spec: WriteSpec<S>, check?: WriteCheck) {
    run([...spec.ids.map(spec.keyOf), ...(spec.extraKeys ?? [])], async () => {
      let reply = await spec.send(spec.ids, check);
      // The browser dropped the background's answer: the background checks what Zoho holds, sending nothing.
      const dropped = !reply.ok && reply.error.kind === 'answer-lost' ? reply.error : null;
      if (dropped) reply = await spec.send(spec.ids, 'only');
      if (reply.ok) {
        const { items, state, lost } = reply.data;
        if (state || (!lost && items.some((item) => item.success))) spec.show(state);
      }
      const failure = (id: string): Failure | null => {
        const action = spec.action(id);
        let unknown: boolean;
        let text: string;
        if (!reply.ok) {
          unknown = dropped !== null || check !== undefined || reply.error.kind === 'answer-lost';
          text = describeWriteError(action, dropped ?? reply.error);
        } else {
          const { items, state, lost } = reply.data;
          const item = items.find((result) => result.id === id);
          if (item?.success) return null;
          const why = lost ?? dropped;
          unknown = why !== null && state === null;
          text = why ? describeWriteError(action, why) : describeItemFailure(action, item);
        }
        return { text, retry: () => write({ ...spec, ids: [id], extraKeys: [] }, unknown ? 'then-send' : undefined) };
      };
      return Object.fromEntries(spec.ids.map((id) => [spec.keyOf(id), failure(id)]));
    });
  }

  return {
    isBusy: (key: string) => busy.current.has(key),
    failure: (key: string): Failure | undefined => failures[key],
    run,
    write,
  };
}
