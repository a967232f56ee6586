// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeZohoClient } from '../client';
import { ZOHO_HOSTS } from '../hosts';
import { startForTest, type FakeZoho } from './support';

let fake: FakeZoho;
let f: typeof fetch;

beforeAll(async () => {
  ({ fake, fetch: f } = await startForTest());
});
afterAll(() => fake.close());
beforeEach(() => fake.control.reset({ tokens: true }));

describe('the server', () => {
  it('maps all 16 Zoho hosts in the host resolver rules', () => {
    const rules = fake.hostResolverRules.split(', ');
    expect(rules).toHaveLength(16);
    expect(rules).toContain(`MAP desk.zoho.com 127.0.0.1:${fake.port}`);
    expect(rules).toContain(`MAP accounts.zohocloud.ca 127.0.0.1:${fake.port}`);
    expect(fake.origin).toBe(`https://127.0.0.1:${fake.port}`);
  });

  it('routes by Host: accounts paths only on accounts hosts, Desk paths only on Desk hosts', async () => {
    expect((await f('https://desk.zoho.eu/oauth/v2/token', { method: 'POST' })).status).toBe(404);
    expect((await f('https://accounts.zoho.eu/api/v1/organizations')).status).toBe(404);
    expect((await f('https://desk.zoho.eu/api/v1/organizations')).status).toBe(401);
    const token = await f('https://accounts.zoho.jp/oauth/v2/token', { method: 'POST', body: new URLSearchParams({ client_id: 'x' }) });
    expect(await token.json()).toEqual({ error: 'invalid_client' });
    for (const host of ZOHO_HOSTS) expect((await f(`https://${host}/nowhere`)).status).toBe(404);
  });

  it('serves the control API on 127.0.0.1 only', async () => {
    expect((await f(`${fake.origin}/__control/log`)).status).toBe(200);
    expect((await f('https://desk.zoho.com/__control/log')).status).toBe(404);
  });

  it('answers a preflight politely', async () => {
    const response = await f('https://desk.zoho.com/api/v1/organizations', { method: 'OPTIONS', headers: { origin: 'chrome-extension://abc' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('logs Zoho requests with the credential cut short, and not the control calls', async () => {
    const { accessToken } = await fake.control.issueToken({ agentEmail: 'agent@acme.example' });
    await f('https://desk.zoho.com/api/v1/organizations?x=1', { headers: { authorization: `Zoho-oauthtoken ${accessToken}` } });
    await f('https://accounts.zoho.com/oauth/v2/token', { method: 'POST', body: 'grant_type=refresh_token' });
    await f(`${fake.origin}/__control/state`);
    const log = await fake.control.log();
    expect(log).toHaveLength(2);
    // Desk refuses an undeclared query parameter: the log still shows what was sent.
    expect(log[0]).toMatchObject({ host: 'desk.zoho.com', method: 'GET', path: '/api/v1/organizations', query: 'x=1', status: 422, body: '' });
    expect(log[0]!.headers.authorization).toBe(`Zoho-oauthtoken ${accessToken.slice(0, 6)}…`);
    expect(JSON.stringify(log)).not.toContain(accessToken);
    expect(log[0]!.route).toBe('GET /api/v1/organizations');
    expect(log[1]).toMatchObject({ host: 'accounts.zoho.com', route: 'POST /oauth/v2/token', body: 'grant_type=refresh_token', status: 200 });
    expect(new Date(log[0]!.time).getTime()).toBeGreaterThan(0);
    await fake.control.clearLog();
    expect(await fake.control.log()).toEqual([]);
  });

  it('fakeFetch refuses hosts the fake does not play', async () => {
    await expect(f('https://example.com/')).rejects.toThrow(TypeError);
    await expect(f('http://desk.zoho.com/')).rejects.toThrow(TypeError);
  });
});

describe('the HTTP control API', () => {
  it('does what the in-process control does', async () => {
    const client = new FakeZohoClient(fake.origin);
    const { accessToken } = await client.issueToken({ agentEmail: 'agent@eurocorp.example' });
    const call = () => f('https://desk.zoho.eu/api/v1/organizations', { headers: { authorization: `Zoho-oauthtoken ${accessToken}` } });
    expect((await call()).status).toBe(200);
    await client.injectFault({ route: 'GET /api/v1/organizations', kind: 500, count: 1 });
    expect((await call()).status).toBe(500);
    expect((await call()).status).toBe(200);
    await client.expireAccessTokens();
    expect((await call()).status).toBe(401);
    expect(await client.log()).toHaveLength(4);
    expect(await client.responseValidationErrors()).toEqual([]);
    await client.reset();
    expect(await client.log()).toEqual([]);
  });

  it('reports bad input as a 400 with a message', async () => {
    const client = new FakeZohoClient(fake.origin);
    await expect(client.injectFault({ route: 'x', kind: 418 as never })).rejects.toThrow(/Unknown fault kind/);
    await expect(client.setAccountsSession('nobody@example.com')).rejects.toThrow(/No agent/);
    const missing = await f(`${fake.origin}/__control/nope`, { method: 'POST' });
    expect(missing.status).toBe(404);
  });
});
