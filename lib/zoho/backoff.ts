// Exponential backoff with full jitter (AWS architecture blog): many tabs that hit a rate limit together
// spread out instead of retrying in lockstep.

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** Total attempts, the first included. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 8_000, maxAttempts: 4 };

/** Delay before retry number `retry` (0 = the first retry). Always within [0, min(cap, base·2^retry)]. */
export function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number, retryAfterMs: number | null = null): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** retry);
  const jittered = Math.floor(random() * ceiling);
  // Zoho's Retry-After is a floor, but never wait longer than the cap: the panel offers Retry after that.
  return retryAfterMs === null ? jittered : Math.min(policy.capMs, Math.max(jittered, retryAfterMs));
}

/** Retry-After as seconds or an HTTP date, in ms; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
