import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backoffDelay, DEFAULT_BACKOFF, parseRetryAfter } from './backoff';

describe('backoff with full jitter', () => {
  it('stays within [0, min(cap, base·2^retry)] for any random value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (retry, r) => {
        const delay = backoffDelay(retry, DEFAULT_BACKOFF, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(Math.min(DEFAULT_BACKOFF.capMs, DEFAULT_BACKOFF.baseMs * 2 ** retry));
      }),
    );
  });

  it('grows exponentially until the cap', () => {
    const top = (retry: number) => backoffDelay(retry, DEFAULT_BACKOFF, () => 0.999999);
    expect([0, 1, 2, 3, 4, 5].map(top)).toEqual([499, 999, 1999, 3999, 7999, 7999]);
  });

  it('honours Retry-After as a floor, never beyond the cap', () => {
    expect(backoffDelay(0, DEFAULT_BACKOFF, () => 0, 3_000)).toBe(3_000);
    expect(backoffDelay(0, DEFAULT_BACKOFF, () => 0, 600_000)).toBe(DEFAULT_BACKOFF.capMs);
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('5')).toBe(5_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
