// Every Zoho call costs the org API credits, so reads are shared: identical reads in flight become one call,
// reference data (orgs, help centers, catalogues) is served stale while it revalidates, and per-contact data
// lives a few seconds — long enough to serve every section of one panel, short enough to show other agents'
// changes on the next view. Writes invalidate what they change.

export interface Freshness {
  /** Served without asking Zoho for this long. */
  ttlMs: number;
  /** After that, served as is for this much longer while one background read refreshes it. */
  staleMs?: number;
}

export const REFERENCE: Freshness = { ttlMs: 5 * 60_000, staleMs: 60 * 60_000 };
export const PER_CONTACT: Freshness = { ttlMs: 5_000 };

interface Entry {
  value: unknown;
  storedAt: number;
}

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly now: () => number = Date.now) {}

  get<T>(key: string, freshness: Freshness, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.storedAt : Infinity;
    if (entry && age < freshness.ttlMs) return Promise.resolve(entry.value as T);
    if (entry && age < freshness.ttlMs + (freshness.staleMs ?? 0)) {
      // Stale while revalidate: the agent sees the known list at once; a failed refresh keeps it.
      if (!this.inFlight.has(key)) this.load(key, load).catch(() => {});
      return Promise.resolve(entry.value as T);
    }
    return (this.inFlight.get(key) as Promise<T> | undefined) ?? this.load(key, load);
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
    this.entries.set(key, { value, storedAt: this.now() });
  }

  /** Age of a cached value in ms, or null. */
  ageOf(key: string): number | null {
    const entry = this.entries.get(key);
    return entry ? this.now() - entry.storedAt : null;
  }

  private load<T>(key: string, load: () => Promise<T>): Promise<T> {
    const promise = load().then(
      (value) => {
        // A write may have invalidated the key while this read was under way: its answer is then outdated.
        if (this.inFlight.get(key) === promise) this.entries.set(key, { value, storedAt: this.now() });
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
