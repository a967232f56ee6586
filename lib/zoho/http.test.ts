import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CallError } from '../messages/errors';
import { DEFAULT_BACKOFF } from './backoff';
import { createZohoHttp, type AccessTokens } from './http';
import { listOrganizations } from './organizations';
import { getContact } from './contacts';
import { MAX_CALLS_PER_ORG } from './limiter';

// Unit tests of the request layer with a scripted fetch. What real Zoho (the fake) receives is covered by
// lib/background/handlers.test.ts.

type Script = Array<{ status: number; body?: string; headers?: Record<string, string> } | 'network'>;

function scripted(script: Script) {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const fetch: typeof globalThis.fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    requests.push({ url: String(url), init: init ?? {} });
    const step = script.shift() ?? { status: 200, body: '{}' };
    if (step === 'network') throw new TypeError('fetch failed');
    return new Response(step.status === 204 ? null : (step.body ?? ''), { status: step.status, headers: step.headers });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

function tokens(): AccessTokens & { renewals: string[] } {
  let token = 'tok-1';
  const renewals: string[] = [];
  return {
    renewals,
    current: async () => token,
    renew: async (rejected) => {
      renewals.push(rejected);
      token = `tok-${renewals.length + 1}`;
      return token;
    },
  };
}

const error = (status: number, errorCode: string) => ({ status, body: JSON.stringify({ errorCode, message: errorCode }) });
const ok = (json: unknown) => ({ status: 200, body: JSON.stringify(json) });

function client(script: Script, options: { random?: () => number } = {}) {
  const { fetch, requests } = scripted(script);
  const sleeps: number[] = [];
  const auth = tokens();
  const http = createZohoHttp({
    fetch,
    tokens: auth,
    sleep: async (ms) => void sleeps.push(ms),
    random: options.random ?? (() => 0.5),
  });
  return { http, requests, sleeps, auth };
}

const read = { dataCenter: 'eu' as const, method: 'GET' as const, path: '/api/v1/helpCenters', orgId: '42', schema: z.unknown() };
const write = { dataCenter: 'us' as const, method: 'POST' as const, path: '/api/v1/users/1/badges/associate', orgId: '42', body: { badgeIds: ['2'] }, schema: z.unknown() };

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (caught) {
    expect(caught).toBeInstanceOf(CallError);
    return (caught as CallError).apiError;
  }
  throw new Error('expected a failure');
}

describe('the Zoho request layer', () => {
  it('sends the two headers to the data center’s Desk host, and no orgId to /organizations', async () => {
    const { http, requests } = client([ok({ data: [] }), ok({ data: [{ id: '7', portalName: 'acme', companyName: 'Acme' }] })]);
    await http(read);
    expect(requests[0]!.url).toBe('https://desk.zoho.eu/api/v1/helpCenters');
    expect(requests[0]!.init.headers).toMatchObject({ Authorization: 'Zoho-oauthtoken tok-1', orgId: '42' });
    expect(await listOrganizations(http, 'in')).toEqual([{ id: '7', portalName: 'acme', companyName: 'Acme' }]);
    expect(requests[1]!.url).toBe('https://desk.zoho.in/api/v1/organizations');
    expect(Object.keys(requests[1]!.init.headers as object)).not.toContain('orgId');
  });

  it('retries a read after 429 and 5xx with bounded, jittered backoff', async () => {
    const { http, requests, sleeps } = client([error(429, 'TOO_MANY_REQUESTS'), error(503, 'INTERNAL_SERVER_ERROR'), 'network', ok({ fine: true })]);
    expect(await http(read)).toEqual({ fine: true });
    expect(requests).toHaveLength(4);
    expect(sleeps).toEqual([250, 500, 1000]);
  });

  it('gives up after the bounded number of attempts and says when to retry', async () => {
    const { http, requests, sleeps } = client(Array.from({ length: 10 }, () => error(429, 'TOO_MANY_REQUESTS')), { random: () => 0.999 });
    const apiError = await failure(http(read));
    expect(requests).toHaveLength(DEFAULT_BACKOFF.maxAttempts);
    expect(sleeps).toHaveLength(DEFAULT_BACKOFF.maxAttempts - 1);
    for (const [retry, ms] of sleeps.entries()) expect(ms).toBeLessThanOrEqual(Math.min(DEFAULT_BACKOFF.capMs, DEFAULT_BACKOFF.baseMs * 2 ** retry));
    expect(apiError).toMatchObject({ kind: 'rate-limited', code: 'TOO_MANY_REQUESTS' });
    expect(apiError.retryInMs).toBeGreaterThan(0);
  });

  it('honours Retry-After', async () => {
    const { http, sleeps } = client([{ ...error(429, 'TOO_MANY_REQUESTS'), headers: { 'retry-after': '3' } }, ok({})]);
    await http(read);
    expect(sleeps).toEqual([3000]);
  });

  it('never retries spent API credits', async () => {
    const { http, requests } = client([error(429, 'THRESHOLD_EXCEEDED')]);
    expect(await failure(http(read))).toMatchObject({ kind: 'credits-exhausted', code: 'THRESHOLD_EXCEEDED' });
    expect(requests).toHaveLength(1);
  });

  it('does not resend a write after a 500, a timeout-like network failure, but does after a 429', async () => {
    const server = client([error(500, 'INTERNAL_SERVER_ERROR')]);
    expect(await failure(server.http(write))).toMatchObject({ kind: 'server', code: 'INTERNAL_SERVER_ERROR' });
    expect(server.requests).toHaveLength(1);

    const dropped = client(['network']);
    expect(await failure(dropped.http(write))).toMatchObject({ kind: 'network' });
    expect(dropped.requests).toHaveLength(1);

    const limited = client([error(429, 'TOO_MANY_REQUESTS'), ok({ results: [] })]);
    await limited.http(write);
    expect(limited.requests).toHaveLength(2);
    expect(limited.requests[1]!.init.body).toBe('{"badgeIds":["2"]}');
  });

  it('reports Zoho’s 5xx, not a dropped network, when Chromium throttles the retries of a failing read', async () => {
    // Chromium's extension throttling fails a request to a URL that keeps answering 5xx before it is sent.
    const { http, requests } = client([error(500, 'INTERNAL_SERVER_ERROR'), error(500, 'INTERNAL_SERVER_ERROR'), 'network', 'network']);
    expect(await failure(http(read))).toMatchObject({ kind: 'server', code: 'INTERNAL_SERVER_ERROR' });
    expect(requests).toHaveLength(4);
    // Without any answer from Zoho, it is the network.
    expect(await failure(client(['network', 'network', 'network', 'network']).http(read))).toMatchObject({ kind: 'network' });
  });

  it('times out a request that hangs', async () => {
    const fetch = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as unknown as typeof globalThis.fetch;
    const http = createZohoHttp({ fetch, tokens: tokens(), timeoutMs: 20, sleep: async () => {} });
    expect(await failure(http(write))).toMatchObject({ kind: 'timeout' });
  });

  it('reports a timed-out read after one wait instead of waiting again', async () => {
    let sent = 0;
    const fetch = ((_url: string, init: RequestInit) => {
      sent++;
      return new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    }) as unknown as typeof globalThis.fetch;
    const http = createZohoHttp({ fetch, tokens: tokens(), timeoutMs: 20, sleep: async () => {} });
    expect(await failure(http(read))).toMatchObject({ kind: 'timeout' });
    expect(sent).toBe(1);
  });

  it('refreshes once on 401 and retries once; a second 401 is a failed sign-in', async () => {
    const once = client([error(401, 'INVALID_OAUTH'), ok({ ok: 1 })]);
    expect(await once.http(read)).toEqual({ ok: 1 });
    expect(once.auth.renewals).toEqual(['tok-1']);
    expect(once.requests[1]!.init.headers).toMatchObject({ Authorization: 'Zoho-oauthtoken tok-2' });

    const twice = client([error(401, 'INVALID_OAUTH'), error(401, 'INVALID_OAUTH')]);
    expect(await failure(twice.http(read))).toMatchObject({ kind: 'auth-failed', code: 'INVALID_OAUTH' });
    expect(twice.auth.renewals).toHaveLength(1);
    expect(twice.requests).toHaveLength(2);
  });

  it('maps malformed JSON and unknown shapes to unexpected-response, with the request id', async () => {
    const malformed = client([{ status: 200, body: '{"data":[{"id":"1","name":', headers: { 'x-request-id': 'r-9' } }]);
    expect(await failure(listOrganizations(malformed.http, 'us'))).toMatchObject({ kind: 'unexpected-response', requestId: 'r-9' });
    const wrongShape = client([ok({ data: [{ id: 'not-an-id' }] })]);
    expect(await failure(listOrganizations(wrongShape.http, 'us'))).toMatchObject({ kind: 'unexpected-response' });
  });

  it('keeps numeric 64-bit ids exact and refuses none of the spec’s shapes', async () => {
    const body =
      '{"id":1892000000042032123,"firstName":"Ann","lastName":"Lee","email":"a@example.com","secondaryEmail":null,"phone":null,"mobile":null,"accountId":1892000000975382999}';
    const { http } = client([{ status: 200, body }]);
    const contact = await getContact({ http, dataCenter: 'us', orgId: '1' }, '1892000000042032123');
    expect(contact.id).toBe('1892000000042032123');
    expect(contact.mergeFields?.accountId).toBe('1892000000975382999');
    // A safe integer id is fine too, as a string.
    const small = client([ok({ data: [{ id: 649285513, portalName: 'acme', companyName: null }] })]);
    expect((await listOrganizations(small.http, 'us'))[0]!.id).toBe('649285513');
  });

  it('keeps Zoho’s error code and request id', async () => {
    const { http } = client([{ ...error(403, 'SCOPE_MISMATCH'), headers: { 'x-request-id': 'abc-123' } }]);
    expect(await failure(http(read))).toMatchObject({ kind: 'forbidden', code: 'SCOPE_MISMATCH', requestId: 'abc-123' });
  });

  it(`runs at most ${MAX_CALLS_PER_ORG} calls per org at a time`, async () => {
    let running = 0;
    let peak = 0;
    const fetch = (async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return new Response('{}', { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    const http = createZohoHttp({ fetch, tokens: tokens() });
    await Promise.all(Array.from({ length: 2 * MAX_CALLS_PER_ORG }, () => http(read)));
    expect(peak).toBe(MAX_CALLS_PER_ORG);
  });
});
