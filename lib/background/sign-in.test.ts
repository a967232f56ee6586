// @vitest-environment node
// The background against the fake Zoho (fake-zoho/): every assertion about Zoho is about what the fake
// RECEIVED (its request log), not about mocks of our own code.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO } from '@/fake-zoho/worlds';
import type { LogEntry } from '@/fake-zoho/server';
import { accessItem, grantItem } from '../auth/token-store';
import type { OrgRef } from '../messages/protocol';
import { DEMO_CLIENT, deskTab, REDIRECT_URI, useHarness } from '@/tests/support/zoho-harness';

const h = useHarness();
const acme: OrgRef = { dataCenter: 'us', portal: 'acme' };
const C = DEMO.contacts;
const HC = DEMO.helpCenters;
const log = () => h.fake.control.log();
const isRefresh = (entry: LogEntry) => entry.path === '/oauth/v2/token' && new URLSearchParams(entry.body).get('grant_type') === 'refresh_token';

describe('sign-in', () => {
  it('uses the code flow with PKCE S256, state, offline access and the scopes, and exchanges the code', async () => {
    await h.connect();
    const [flow] = h.authFlows;
    const authorize = new URL(flow!.url);
    expect(authorize.origin + authorize.pathname).toBe('https://accounts.zoho.com/oauth/v2/auth');
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: DEMO_CLIENT,
      redirect_uri: REDIRECT_URI,
      access_type: 'offline',
      prompt: 'consent',
      code_challenge_method: 'S256',
      scope: 'Desk.basic.READ,Desk.settings.READ,Desk.contacts.READ,Desk.contacts.UPDATE,Desk.settings.UPDATE,Desk.search.READ,Desk.tickets.READ',
    });
    expect(authorize.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const exchange = (await log()).find((entry) => entry.path === '/oauth/v2/token')!;
    expect(exchange.host).toBe('accounts.zoho.com');
    const form = new URLSearchParams(exchange.body);
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await h.call('session.get', {})).toEqual({ ok: true, data: { connected: true, dataCenter: 'us', grant: 'code', configured: true } });
  });

  it('signs an EU account in at accounts.zoho.eu and calls desk.zoho.eu', async () => {
    await h.connect({ agent: DEMO.eu.agent });
    await h.fake.control.clearLog();
    const reply = await h.call('contact.get', { org: { dataCenter: 'eu', portal: DEMO.eu.portal }, contactId: DEMO.eu.contactId }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { id: DEMO.eu.contactId } });
    const entries = await log();
    expect(entries.map((entry) => entry.host)).toEqual(['desk.zoho.eu', 'desk.zoho.eu']);
    expect((await grantItem.getValue())?.accountsServer).toBe('https://accounts.zoho.eu');
    const exchangeHosts = h.fetched.filter((url) => url.includes('/oauth/v2/token')).map((url) => new URL(url).host);
    expect(exchangeHosts).toEqual(['accounts.zoho.eu']);
  });

  it('works with a confidential client and its secret', async () => {
    await h.connect({ clientId: '1000.SERVERCLIENT', secret: 'demo-secret' });
    const exchange = (await log()).find((entry) => entry.path === '/oauth/v2/token')!;
    expect(new URLSearchParams(exchange.body).get('client_secret')).toBe('demo-secret');
    // Firefox cannot lock storage.local: the refresh token and the client secret are kept sealed there.
    const refreshToken = (await grantItem.getValue())!.refreshToken!;
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(local).toContain('"ciphertext"');
    expect(local).not.toContain(refreshToken);
    expect(local).not.toContain('demo-secret');
  });

  it('refuses a redirect whose state does not match, and exchanges nothing', async () => {
    h.restart({
      launchWebAuthFlow: async () => `${REDIRECT_URI}?code=1000.x&state=forged&location=us&accounts-server=${encodeURIComponent('https://accounts.zoho.com')}`,
    });
    await h.call('config.save', { clientId: DEMO_CLIENT });
    const reply = await h.call('session.connect', {});
    expect(reply).toMatchObject({ ok: false, error: { kind: 'auth-failed', code: 'STATE_MISMATCH' } });
    expect(h.fetched).toEqual([]);
    expect(await grantItem.getValue()).toBeNull();
  });

  it('refuses a redirect naming a non-Zoho accounts server, and sends nothing there', async () => {
    h.restart({
      launchWebAuthFlow: async (url) => {
        const state = new URL(url).searchParams.get('state');
        return `${REDIRECT_URI}?code=1000.x&state=${state}&location=us&accounts-server=${encodeURIComponent('https://accounts.zoho.com.evil.example')}`;
      },
    });
    await h.call('config.save', { clientId: DEMO_CLIENT });
    const reply = await h.call('session.connect', {});
    expect(reply).toMatchObject({ ok: false, error: { kind: 'auth-failed', code: 'UNKNOWN_ACCOUNTS_SERVER' } });
    if (!reply.ok) expect(reply.error.message).toContain('accounts.zoho.com.evil.example');
    expect(h.fetched).toEqual([]);
    expect((await log()).filter((entry) => entry.path === '/oauth/v2/token')).toEqual([]);
  });

  it('says so when no client is configured', async () => {
    expect(await h.call('session.connect', {})).toMatchObject({ ok: false, error: { kind: 'not-configured' } });
  });

  it('offers the implicit grant and renews it silently', async () => {
    await h.call('config.save', { clientId: DEMO_CLIENT });
    expect(await h.call('session.connect', { grant: 'implicit' })).toMatchObject({ ok: true, data: { connected: true, grant: 'implicit' } });
    expect(new URL(h.authFlows[0]!.url).searchParams.get('response_type')).toBe('token');
    expect(await grantItem.getValue()).toMatchObject({ refreshToken: null, grant: 'implicit' });
    await h.fake.control.expireAccessTokens();
    const reply = await h.call('helpCenters.list', { org: acme }, deskTab());
    expect(reply.ok).toBe(true);
    expect(h.authFlows.at(-1)).toMatchObject({ interactive: false });
    expect(new URL(h.authFlows.at(-1)!.url).pathname).toBe('/oauth/v2/auth/refresh');
  });

  it('asks for sign-in again when the silent renewal needs a human', async () => {
    await h.call('config.save', { clientId: DEMO_CLIENT });
    await h.call('session.connect', { grant: 'implicit' });
    await h.fake.control.expireAccessTokens();
    await h.fake.control.setAccountsSession(null);
    expect(await h.call('contact.get', { org: acme, contactId: C.active }, deskTab())).toMatchObject({ ok: false, error: { kind: 'auth-failed' } });
    expect(await h.call('session.get', {})).toMatchObject({ ok: true, data: { connected: false } });
  });
});

describe('tokens', () => {
  it('refreshes an expired access token once and the call succeeds', async () => {
    await h.connect();
    await h.fake.control.expireAccessTokens();
    await h.fake.control.clearLog();
    expect(await h.call('contact.get', { org: acme, contactId: C.active }, deskTab())).toMatchObject({ ok: true });
    const entries = await log();
    expect(entries.filter(isRefresh)).toHaveLength(1);
    expect(entries.find(isRefresh)!.host).toBe('accounts.zoho.com');
  });

  it('refreshes exactly once under 20 concurrent 401s', async () => {
    await h.connect();
    await h.call('helpCenters.list', { org: acme }, deskTab()); // org discovery warmed up
    await h.fake.control.expireAccessTokens();
    await h.fake.control.clearLog();
    const ids = Object.values(C).slice(0, 20);
    const replies = await Promise.all(ids.map((contactId) => h.call('contact.get', { org: acme, contactId }, deskTab())));
    expect(replies.every((reply) => reply.ok)).toBe(true);
    const entries = await log();
    expect(entries.filter(isRefresh)).toHaveLength(1);
    expect(entries.filter((entry) => entry.status === 401).length).toBeGreaterThanOrEqual(5);
  });

  it('refreshes ahead of expiry instead of sending a dying token', async () => {
    await h.connect();
    const access = (await accessItem.getValue())!;
    await accessItem.setValue({ ...access, expiresAt: Date.now() + 60_000 });
    await h.fake.control.clearLog();
    await h.call('helpCenters.list', { org: acme }, deskTab());
    const entries = await log();
    expect(entries[0]).toMatchObject({ path: '/oauth/v2/token' });
    expect(entries.filter((entry) => entry.status === 401)).toEqual([]);
  });

  it('forgets a refresh token Zoho revoked and says to connect again', async () => {
    await h.connect();
    await h.fake.control.revokeRefreshTokens();
    await h.fake.control.expireAccessTokens();
    const reply = await h.call('contact.get', { org: acme, contactId: C.active }, deskTab());
    expect(reply).toMatchObject({ ok: false, error: { kind: 'auth-failed' } });
    expect(await h.call('session.get', {})).toMatchObject({ ok: true, data: { connected: false } });
    expect(await grantItem.getValue()).toBeNull();
  });

  it('keeps a rotated refresh token', async () => {
    await h.connect();
    const rotated = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
      const response = await h.fetch(input, init);
      if (!String(input).endsWith('/oauth/v2/token')) return response;
      const json = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify({ ...json, refresh_token: '1000.rotated' }), { status: 200 });
    });
    h.restart({ fetch: rotated as unknown as typeof fetch });
    await h.fake.control.expireAccessTokens();
    await h.call('helpCenters.list', { org: acme }, deskTab());
    expect((await grantItem.getValue())?.refreshToken).toBe('1000.rotated');
  });

  it('revokes at the accounts server on Disconnect and forgets everything, even when revoke fails', async () => {
    await h.connect();
    const refreshToken = (await grantItem.getValue())!.refreshToken!;
    expect(await h.call('session.disconnect', {})).toMatchObject({ ok: true, data: { connected: false } });
    const revoke = (await log()).find((entry) => entry.path === '/oauth/v2/token/revoke')!;
    expect(revoke).toMatchObject({ method: 'POST', host: 'accounts.zoho.com' });
    expect(new URLSearchParams(revoke.query).get('token')).toBe(refreshToken);
    expect(await grantItem.getValue()).toBeNull();
    expect(await accessItem.getValue()).toBeNull();

    await h.connect();
    await h.fake.control.injectFault({ route: 'POST /oauth/v2/token/revoke', kind: 500 });
    expect(await h.call('session.disconnect', {})).toMatchObject({ ok: true, data: { connected: false } });
    expect(await grantItem.getValue()).toBeNull();
  });

  it('never hands a token to a content script and locks storage to trusted contexts', async () => {
    const setLocal = vi.fn(async () => {});
    const setSession = vi.fn(async () => {});
    Object.assign(fakeBrowser.storage.local, { setAccessLevel: setLocal });
    Object.assign(fakeBrowser.storage.session, { setAccessLevel: setSession });
    await h.connect();
    expect(setLocal).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(setSession).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });

    const secrets = [await h.accessToken(), (await grantItem.getValue())!.refreshToken].filter(Boolean) as string[];
    const tab = deskTab();
    const org = acme;
    const user = DEMO.userIdOf(C.active, HC.main);
    const requests: Array<[string, unknown]> = [
      ['session.get', {}],
      ['session.connect', {}],
      ['session.disconnect', {}],
      ['config.get', {}],
      ['config.save', { clientId: 'x' }],
      ['diagnostics.list', {}],
      ['diagnostics.clear', {}],
      ['contact.get', { org, contactId: C.active }],
      ['contact.helpCenters', { org, contactId: C.active }],
      ['helpCenters.list', { org }],
      ['badges.ofUser', { org, userId: user }],
      ['badges.catalogue', { org }],
      ['labels.ofUser', { org, userId: user, helpCenterId: HC.main }],
      ['labels.catalogue', { org, helpCenterId: HC.main }],
      ['duplicates.find', { org, contactId: C.withDuplicates }],
      ['tokens.get', {}],
    ];
    const replies = [];
    for (const [kind, payload] of requests) replies.push(await h.call(kind as 'session.get', payload as {}, tab));
    const text = JSON.stringify(replies);
    for (const secret of secrets) expect(text).not.toContain(secret);
    // The options-only kinds were refused to the tab; the sign-in is intact.
    expect(replies[2]).toMatchObject({ ok: false, error: { kind: 'bad-message' } });
    expect(await grantItem.getValue()).not.toBeNull();
  });
});
