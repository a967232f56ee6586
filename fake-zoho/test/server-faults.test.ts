// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../worlds';
import { startForTest, type FakeZoho } from './support';

let fake: FakeZoho;
let f: typeof fetch;
let token: string;
const ROUTE = 'GET /api/v1/organizations';

beforeAll(async () => {
  ({ fake, fetch: f } = await startForTest());
});
afterAll(() => fake.close());
beforeEach(async () => {
  await fake.control.reset({ tokens: true });
  token = (await fake.control.issueToken({ agentEmail: 'agent@acme.example' })).accessToken;
});

const orgs = (init: RequestInit = {}) =>
  f('https://desk.zoho.com/api/v1/organizations', { ...init, headers: { authorization: `Zoho-oauthtoken ${token}` } });

describe('faults', () => {
  it('fails exactly the next N requests, then answers normally', async () => {
    await fake.control.injectFault({ route: ROUTE, kind: 429, count: 2 });
    const first = await orgs();
    expect(first.status).toBe(429);
    expect(await first.json()).toMatchObject({ errorCode: 'TOO_MANY_REQUESTS' });
    expect(first.headers.get('retry-after')).toBeNull();
    expect((await orgs()).status).toBe(429);
    expect((await orgs()).status).toBe(200);
  });

  it('queues faults per route and leaves other routes alone', async () => {
    await fake.control.injectFault({ route: ROUTE, kind: 500 });
    await fake.control.injectFault({ route: ROUTE, kind: 403, errorCode: 'SCOPE_MISMATCH' });
    expect((await f('https://desk.zoho.com/api/v1/nowhere', { headers: { authorization: `Zoho-oauthtoken ${token}` } })).status).toBe(404);
    const a = await orgs();
    expect([a.status, await a.json()]).toEqual([500, expect.objectContaining({ errorCode: 'INTERNAL_SERVER_ERROR' })]);
    const b = await orgs();
    expect([b.status, await b.json()]).toEqual([403, expect.objectContaining({ errorCode: 'SCOPE_MISMATCH' })]);
    expect((await orgs()).status).toBe(200);
  });

  it('sends Retry-After when asked, and 401 INVALID_OAUTH even with a good token', async () => {
    await fake.control.injectFault({ route: '*', kind: 429, retryAfterSeconds: 7 });
    expect((await orgs()).headers.get('retry-after')).toBe('7');
    await fake.control.injectFault({ route: ROUTE, kind: 401 });
    const unauthorized = await orgs();
    expect([unauthorized.status, (await unauthorized.json()).errorCode]).toEqual([401, 'INVALID_OAUTH']);
  });

  it('malformed: a 200 whose JSON does not parse', async () => {
    await fake.control.injectFault({ route: ROUTE, kind: 'malformed' });
    const response = await orgs();
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('reset: the connection drops', async () => {
    await fake.control.injectFault({ route: ROUTE, kind: 'reset' });
    await expect(orgs()).rejects.toThrow(TypeError);
    expect((await orgs()).status).toBe(200);
    expect((await fake.control.log())[0]).toMatchObject({ status: 'reset', fault: 'reset' });
  });

  it('hang: no answer until the control reset', async () => {
    await fake.control.injectFault({ route: ROUTE, kind: 'hang' });
    const pending = orgs();
    const outcome = await Promise.race([pending.then(() => 'answered', () => 'failed'), new Promise((r) => setTimeout(() => r('still waiting'), 300))]);
    expect(outcome).toBe('still waiting');
    await fake.control.reset();
    await expect(pending).rejects.toThrow(TypeError);
  });

  it('hang: a client can give up with an AbortSignal', async () => {
    await fake.control.injectFault({ route: ROUTE, kind: 'hang' });
    await expect(orgs({ signal: AbortSignal.timeout(200) })).rejects.toThrow(/abort|timeout/i);
  });

  it('lost-answer: Zoho does the work, the answer never comes', async () => {
    await fake.control.injectFault({ route: ROUTE, kind: 'lost-answer' });
    await expect(orgs({ signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i);
    expect((await fake.control.log())[0]).toMatchObject({ status: 'hang', fault: 'lost-answer', outcome: 200 });
    expect((await orgs()).status).toBe(200);
  });

  it('faults the accounts token endpoint too', async () => {
    await fake.control.injectFault({ route: 'POST /oauth/v2/token', kind: 500 });
    expect((await f('https://accounts.zoho.com/oauth/v2/token', { method: 'POST' })).status).toBe(500);
  });
});

describe('latency', () => {
  it('delays a route by its own setting, others by the default', async () => {
    await fake.control.setLatency({ route: ROUTE, ms: 250 });
    let started = Date.now();
    await orgs();
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    started = Date.now();
    await f('https://accounts.zoho.com/oauth/v2/token', { method: 'POST' });
    expect(Date.now() - started).toBeLessThan(200);
    await fake.control.setLatency({ route: '*', ms: 150 });
    started = Date.now();
    await f('https://accounts.zoho.com/oauth/v2/token', { method: 'POST' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await fake.control.reset();
    started = Date.now();
    await orgs();
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('starts with the latencyMs option', async () => {
    const slow = await startForTest({ latencyMs: 200 });
    try {
      const started = Date.now();
      await slow.fetch('https://desk.zoho.com/api/v1/organizations');
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      expect((await slow.fake.control.log())[0]!.durationMs).toBeGreaterThanOrEqual(190);
    } finally {
      await slow.fake.close();
    }
  });
});

describe('the org’s concurrency limit', () => {
  const helpCenters = () =>
    f('https://desk.zoho.com/api/v1/helpCenters?from=1&limit=50', { headers: { authorization: `Zoho-oauthtoken ${token}`, orgId: DEMO.orgId } }).then(
      (response) => response.status,
    );

  it('answers 429 past the limit while calls are in flight, does nothing for them, and nothing once lifted', async () => {
    await fake.control.setLatency({ route: 'GET /api/v1/helpCenters', ms: 300 });
    await fake.control.setConcurrencyLimit({ orgId: DEMO.orgId, limit: 2 });
    expect((await Promise.all([1, 2, 3, 4].map(helpCenters))).sort()).toEqual([200, 200, 429, 429]);
    expect(await helpCenters()).toBe(200); // slots come back when the answers are sent
    await fake.control.setConcurrencyLimit({ orgId: DEMO.orgId, limit: null });
    expect(await Promise.all([1, 2, 3, 4].map(helpCenters))).toEqual([200, 200, 200, 200]);
    expect((await fake.control.log()).filter((entry) => entry.fault === 'concurrency')).toHaveLength(2);
  });
});
