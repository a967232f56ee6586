import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemResult, Reply } from '@/lib/messages/protocol';
import { describeItemFailure, describeWriteError } from './errors';

export interface Failure {
  text: string;
  retry: () => void;
}

/**
 * Whether a write's answer got lost inside Desk Companion ('internal': the browser stopped its service worker
 * mid-call), so Zoho may or may not have done it. The caller reads Zoho's state back instead of guessing, and
 * if even that read fails, its Retry reads first instead of sending the write a second time.
 */
export function answerLost(reply: Reply<unknown>): boolean {
  return !reply.ok && reply.error.kind === 'internal';
}

/** Per-id outcome of a write: a failed call fails every id; a 200 answer is checked item by item. */
export function outcomes(
  reply: Reply<ItemResult[] | null>,
  ids: string[],
  action: (id: string) => string,
): { failed: Map<string, string>; succeeded: string[] } {
  const failed = new Map<string, string>();
  const succeeded: string[] = [];
  if (!reply.ok) {
    for (const id of ids) failed.set(id, describeWriteError(action(id), reply.error));
    return { failed, succeeded };
  }
  if (reply.data === null) return { failed, succeeded: [...ids] };
  for (const id of ids) {
    const item = reply.data.find((result) => result.id === id);
    if (item?.success) succeeded.push(id);
    else failed.set(id, describeItemFailure(action(id), item));
  }
  return { failed, succeeded };
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

  return {
    isBusy: (key: string) => busy.current.has(key),
    failure: (key: string): Failure | undefined => failures[key],
    run,
  };
}
