// Every Zoho call costs the org API credits, so reads are shared: identical reads in flight become one call,
// reference data (orgs, help centers, catalogues) is served stale while it revalidates, and per-contact data
// is served for a few seconds — long enough to serve every section of one panel, short enough to show other
// agents' changes on the next view. Writes invalidate what they change. An entry is kept no longer than it can
// still be served, or than a write may still apply its answer to it (KEPT_FOR_WRITES_MS): then it is dropped.

export interface Freshness {
  /** Served without asking Zoho for this long. */
  ttlMs: number;
  /** After that, served as is for this much longer while one background read refreshes it. */
  staleMs?: number;
}

export const REFERENCE: Freshness = { ttlMs: 5 * 60_000, staleMs: 60 * 60_000 };
export const PER_CONTACT: Freshness = { ttlMs: 5_000 };

/**
 * A write applies Zoho's answer to what the tab last read, for as long as the panel may still be showing it (the
 * state after the write is then no staler than the panel was, and costs no read): every entry is kept this long.
 */
export const KEPT_FOR_WRITES_MS = 10 * 60_000;

/** How often entries past their time are looked for (on the next store after it). */
const SWEEP_EVERY_MS = 60_000;

interface Entry {
  value: unknown;
  storedAt: number;
  /** Dropped after this: it can no longer be served nor written over. */
  until: number;
}

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private sweptAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get<T>(key: string, freshness: Freshness, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.storedAt : Infinity;
    if (entry && age < freshness.ttlMs) return Promise.resolve(entry.value as T);
    if (entry && age < freshness.ttlMs + (freshness.staleMs ?? 0)) {
      // Stale while revalidate: the agent sees the known list at once; a failed refresh keeps it.
      if (!this.inFlight.has(key)) this.load(key, freshness, load).catch(() => {});
      return Promise.resolve(entry.value as T);
    }
    return (this.inFlight.get(key) as Promise<T> | undefined) ?? this.load(key, freshness, load);
  }

  /** The value held for `key` if it is at most `maxAgeMs` old, without loading anything. */
  peek<T>(key: string, maxAgeMs: number): T | undefined {
    const entry = this.entries.get(key);
    return entry && this.now() - entry.storedAt <= maxAgeMs ? (entry.value as T) : undefined;
  }

  /** Every value held under `prefix`, however old (reference data to look an item up in). */
  valuesUnder(prefix: string): unknown[] {
    return [...this.entries].filter(([key]) => key.startsWith(prefix)).map(([, entry]) => entry.value);
  }

  /** Holds `value` as just read (a write's answer told it); a read of the key still under way is dropped. */
  set(key: string, value: unknown) {
    this.inFlight.delete(key);
    this.store(key, value, KEPT_FOR_WRITES_MS);
  }

  /** Number of entries held (for tests of their lifetime). */
  get size(): number {
    return this.entries.size;
  }

  private store(key: string, value: unknown, keepMs: number) {
    const now = this.now();
    if (now - this.sweptAt >= SWEEP_EVERY_MS) {
      this.sweptAt = now;
      for (const [held, entry] of this.entries) if (entry.until <= now) this.entries.delete(held);
    }
    this.entries.set(key, { value, storedAt: now, until: now + Math.max(keepMs, KEPT_FOR_WRITES_MS) });
  }

  /** Age of a cached value in ms, or null. */
  ageOf(key: string): number | null {
    const entry = this.entries.get(key);
    return entry ? this.now() - entry.storedAt : null;
  }

  private load<T>(key: string, freshness: Freshness, load: () => Promise<T>): Promise<T> {
    const promise = load().then(
      (value) => {
        // A write may have invalidated the key while this read was under way: its answer is then outdated.
        if (this.inFlight.get(key) === promise) this.store(key, value, freshness.ttlMs + (freshness.staleMs ?? 0));
        return value;
      },
    );
    const settled = promise.finally(() => {
      if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
    });
    settled.catch(() => {});
    this.inFlight.set(key, promise);
    return promise;
  }

  invalidate(key: string) {
    this.entries.delete(key);
    this.inFlight.delete(key);
  }

  invalidatePrefix(prefix: string) {
    for (const key of [...this.entries.keys(), ...this.inFlight.keys()]) {
      if (key.startsWith(prefix)) this.invalidate(key);
    }
  }

  clear() {
    this.entries.clear();
    this.inFlight.clear();
  }
}
