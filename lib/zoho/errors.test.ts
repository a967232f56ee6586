import { describe, expect, it } from 'vitest';
import { mapZohoFailure } from './errors';

const failure = (status: number, errorCode?: string, extra: Record<string, unknown> = {}) => ({
  status,
  body: errorCode ? { errorCode, message: `Zoho says ${errorCode}`, ...extra } : null,
  requestId: 'req-1',
  retryAfterMs: null,
});

describe('Zoho failures in plain words', () => {
  it.each([
    [400, 'BAD_REQUEST', 'bad-request'],
    [401, 'INVALID_OAUTH', 'auth-failed'],
    [401, 'UNAUTHORIZED', 'auth-failed'],
    [403, 'FORBIDDEN', 'forbidden'],
    [403, 'SCOPE_MISMATCH', 'forbidden'],
    [403, 'OAUTH_ORG_MISMATCH', 'forbidden'],
    [403, 'LICENSE_ACCESS_LIMITED', 'forbidden'],
    [404, 'URL_NOT_FOUND', 'not-found'],
    [405, 'METHOD_NOT_ALLOWED', 'bad-request'],
    [413, 'RESOURCE_SIZE_EXCEEDED', 'bad-request'],
    [415, 'UNSUPPORTED_MEDIA_TYPE', 'bad-request'],
    [422, 'INVALID_DATA', 'invalid'],
    [422, 'UNPROCESSABLE_ENTITY', 'invalid'],
    [422, 'EMPTY_PAYLOAD', 'invalid'],
    [429, 'TOO_MANY_REQUESTS', 'rate-limited'],
    [429, 'THRESHOLD_EXCEEDED', 'credits-exhausted'],
    [403, 'THRESHOLD_EXCEEDED', 'credits-exhausted'],
    [500, 'INTERNAL_SERVER_ERROR', 'server'],
    [503, undefined, 'server'],
    [502, undefined, 'server'],
  ])('HTTP %i %s → %s, keeping the code and request id', (status, code, kind) => {
    const error = mapZohoFailure(failure(status, code));
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(code ?? null);
    expect(error.requestId).toBe('req-1');
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('names the specific reason for a 403', () => {
    expect(mapZohoFailure(failure(403, 'SCOPE_MISMATCH')).message).toMatch(/permission/i);
    expect(mapZohoFailure(failure(403, 'LICENSE_ACCESS_LIMITED')).message).toMatch(/plan/i);
  });

  it('shows Zoho’s message and the fields for a 422', () => {
    const error = mapZohoFailure(failure(422, 'INVALID_DATA', { errors: [{ fieldName: '/helpCenterId', errorType: 'invalid' }] }));
    expect(error.message).toContain('Zoho says INVALID_DATA');
    expect(error.message).toContain('/helpCenterId');
  });

  it('says when a rate limit may be retried', () => {
    expect(mapZohoFailure({ ...failure(429, 'TOO_MANY_REQUESTS'), retryAfterMs: 7_000 }).retryInMs).toBe(7_000);
  });

  // Found by lib/zoho/parsers.fuzz.test.ts.
  it('keeps Zoho’s text within what the protocol can carry to the panel', () => {
    const error = mapZohoFailure(failure(422, 'E'.repeat(300), { message: 'm'.repeat(6_000), errors: [{ fieldName: 'f'.repeat(900) }] }));
    expect(error.code).toHaveLength(100);
    expect(error.message.length).toBeLessThanOrEqual(2_000);
  });

  it('does not take "__proto__" or "constructor" for a known error code', () => {
    for (const code of ['__proto__', 'constructor', 'toString']) {
      const error = mapZohoFailure({ ...failure(403, code), body: { errorCode: code } });
      expect(error.message).toBe('Zoho refused this action.');
    }
  });
});
