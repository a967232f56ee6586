import { describe, expect, it } from 'vitest';
import { ReadCache } from './cache';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('read cache', () => {
  it('shares one read among identical callers in flight', async () => {
    const cache = new ReadCache();
    let loads = 0;
    const gate = deferred<string>();
    const load = () => {
      loads++;
      return gate.promise;
    };
    const all = Promise.all([cache.get('k', { ttlMs: 0 }, load), cache.get('k', { ttlMs: 0 }, load)]);
    gate.resolve('v');
    expect(await all).toEqual(['v', 'v']);
    expect(loads).toBe(1);
  });

  it('serves fresh data, then stale data while one background read refreshes it', async () => {
    let now = 0;
    const cache = new ReadCache(() => now);
    let version = 0;
    const load = async () => `v${++version}`;
    const freshness = { ttlMs: 100, staleMs: 1_000 };
    expect(await cache.get('k', freshness, load)).toBe('v1');
    now = 50;
    expect(await cache.get('k', freshness, load)).toBe('v1');
    now = 500;
    expect(await cache.get('k', freshness, load)).toBe('v1'); // stale, refresh under way
    await Promise.resolve();
    await Promise.resolve();
    expect(await cache.get('k', freshness, load)).toBe('v2');
    now = 5_000;
    expect(await cache.get('k', freshness, load)).toBe('v3'); // too old to serve: waits
  });

  it('drops an answer that a write invalidated while it was under way', async () => {
    const cache = new ReadCache();
    const gate = deferred<string>();
    const first = cache.get('contact|1|tab:1', { ttlMs: 10_000 }, () => gate.promise);
    cache.invalidatePrefix('contact|1|');
    gate.resolve('old');
    expect(await first).toBe('old');
    expect(await cache.get('contact|1|tab:1', { ttlMs: 10_000 }, async () => 'new')).toBe('new');
  });

  it('does not keep failures', async () => {
    const cache = new ReadCache();
    await expect(cache.get('k', { ttlMs: 10_000 }, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('k', { ttlMs: 10_000 }, async () => 'ok')).toBe('ok');
  });

  it('drops an entry once it can no longer be served nor written over, at the next store after a minute', async () => {
    let now = 0;
    const cache = new ReadCache(() => now);
    await cache.get('contact', { ttlMs: 5_000 }, async () => 'a');
    await cache.get('reference', { ttlMs: 60_000, staleMs: 60 * 60_000 }, async () => 'b');
    now = 10 * 60_000 + 1;
    cache.set('other', 'c');
    expect(cache.peek('contact', Infinity)).toBeUndefined();
    expect(cache.peek('reference', Infinity)).toBe('b');
    expect(cache.size).toBe(2);
    now += 61 * 60_000;
    cache.set('last', 'd');
    expect(cache.size).toBe(1);
  });
});
