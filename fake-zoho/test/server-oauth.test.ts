// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authorize, codeFlow, DEMO, EXT_REDIRECT, pkcePair, postToken, SERVER, startForTest, type FakeZoho } from './support';

let fake: FakeZoho;
let f: typeof fetch;

beforeAll(async () => {
  ({ fake, fetch: f } = await startForTest());
});
afterAll(() => fake.close());
beforeEach(() => fake.control.reset({ tokens: true }));

describe('authorize (code + PKCE)', () => {
  it('redirects at once with code, state, location and accounts-server for the signed-in agent', async () => {
    const { challenge } = pkcePair();
    const { response, location } = await authorize(f, { code_challenge: challenge, code_challenge_method: 'S256' });
    expect(response.status).toBe(302);
    expect(location!.origin + location!.pathname).toBe(EXT_REDIRECT);
    expect(location!.searchParams.get('code')).toMatch(/^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$/);
    expect(location!.searchParams.get('state')).toBe('st-123');
    expect(location!.searchParams.get('location')).toBe('us');
    expect(location!.searchParams.get('accounts-server')).toBe('https://accounts.zoho.com');
  });

  it("names the agent's own data center even when asked at accounts.zoho.com", async () => {
    await fake.control.setAccountsSession('agent@eurocorp.example');
    const { challenge } = pkcePair();
    const { location } = await authorize(f, { code_challenge: challenge, code_challenge_method: 'S256' });
    expect(location!.searchParams.get('location')).toBe('eu');
    expect(location!.searchParams.get('accounts-server')).toBe('https://accounts.zoho.eu');
  });

  it('requires PKCE S256 from the public client', async () => {
    const missing = await authorize(f, {});
    expect(missing.location!.searchParams.get('error')).toBe('invalid_request');
    const plain = await authorize(f, { code_challenge: 'abc', code_challenge_method: 'plain' });
    expect(plain.location!.searchParams.get('error')).toBe('invalid_request');
  });

  it('shows an error page, never a redirect, for an unknown client or a foreign redirect_uri', async () => {
    const cases: Array<Record<string, string>> = [{ client_id: '1000.NOPE' }, { redirect_uri: 'https://evil.example/cb' }, { redirect_uri: 'https://x.chromiumapp.org.evil.example/' }];
    for (const params of cases) {
      const { response, location } = await authorize(f, params);
      expect(response.status).toBe(400);
      expect(location).toBeNull();
      expect(response.headers.get('content-type')).toContain('text/html');
    }
  });

  it('accepts Firefox redirect URIs', async () => {
    const { challenge } = pkcePair();
    const { location } = await authorize(f, { redirect_uri: 'https://0123abcd.extensions.allizom.org/', code_challenge: challenge, code_challenge_method: 'S256' });
    expect(location!.host).toBe('0123abcd.extensions.allizom.org');
  });

  it('shows a sign-in page when nobody is signed in; signing in resumes the flow', async () => {
    await fake.control.setAccountsSession(null);
    const { challenge } = pkcePair();
    const { response, location } = await authorize(f, { code_challenge: challenge, code_challenge_method: 'S256' });
    expect(response.status).toBe(200);
    expect(location).toBeNull();
    const html = await response.text();
    expect(html).toContain('<button type="submit">Sign in</button>');
    const resume = /name="continue" value="([^"]+)"/.exec(html)![1]!.replace(/&#38;/g, '&');
    const signIn = await f('https://accounts.zoho.com/oauth/v2/signin', {
      method: 'POST',
      body: new URLSearchParams({ email: 'agent@globex.example', continue: resume }),
      redirect: 'manual',
    });
    expect(signIn.status).toBe(302);
    const again = await f(new URL(signIn.headers.get('location')!, 'https://accounts.zoho.com'), { redirect: 'manual' });
    expect(new URL(again.headers.get('location')!).searchParams.get('code')).toBeTruthy();
  });

  it('can show a consent page for prompt=consent', async () => {
    await fake.control.setConsentPage(true);
    const { challenge } = pkcePair();
    const { response } = await authorize(f, { code_challenge: challenge, code_challenge_method: 'S256' });
    expect(response.status).toBe(200);
    const html = await response.text();
    const request = /name="request" value="([^"]+)"/.exec(html)![1]!.replace(/&#38;/g, '&');
    const rejected = await f('https://accounts.zoho.com/oauth/v2/consent', { method: 'POST', body: new URLSearchParams({ request, decision: 'reject' }), redirect: 'manual' });
    expect(new URL(rejected.headers.get('location')!).searchParams.get('error')).toBe('access_denied');
    const accepted = await f('https://accounts.zoho.com/oauth/v2/consent', { method: 'POST', body: new URLSearchParams({ request, decision: 'accept' }), redirect: 'manual' });
    expect(new URL(accepted.headers.get('location')!).searchParams.get('code')).toBeTruthy();
  });
});

describe('token endpoint', () => {
  it('exchanges a code once, with the right verifier, at the right data center', async () => {
    const { verifier, challenge } = pkcePair();
    const issue = async () => (await authorize(f, { code_challenge: challenge, code_challenge_method: 'S256' })).location!.searchParams.get('code')!;
    const exchange = (code: string, host = 'accounts.zoho.com', codeVerifier = verifier) =>
      postToken(f, host, { grant_type: 'authorization_code', client_id: DEMO, redirect_uri: EXT_REDIRECT, code, code_verifier: codeVerifier });

    const bad = await exchange(await issue(), 'accounts.zoho.com', pkcePair().verifier);
    expect(bad).toEqual({ status: 200, json: { error: 'invalid_code' } });

    const code = await issue();
    expect((await exchange(code, 'accounts.zoho.eu')).json).toEqual({ error: 'invalid_code' });
    const ok = await exchange(code);
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ api_domain: 'https://www.zohoapis.com', token_type: 'Bearer', expires_in: 3600 });
    expect(ok.json.access_token).toMatch(/^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$/);
    expect(ok.json.refresh_token).toMatch(/^1000\./);
    expect((await exchange(code)).json).toEqual({ error: 'invalid_code' });
  });

  it('issues no refresh token without access_type=offline', async () => {
    const { verifier, challenge } = pkcePair();
    const { location } = await authorize(f, { access_type: 'online', code_challenge: challenge, code_challenge_method: 'S256' });
    const { json } = await postToken(f, 'accounts.zoho.com', {
      grant_type: 'authorization_code', client_id: DEMO, redirect_uri: EXT_REDIRECT, code: location!.searchParams.get('code')!, code_verifier: verifier,
    });
    expect(json.access_token).toBeTruthy();
    expect(json.refresh_token).toBeUndefined();
  });

  it('refuses an expired code and a changed redirect_uri', async () => {
    const { verifier, challenge } = pkcePair();
    const params = { code_challenge: challenge, code_challenge_method: 'S256' };
    const first = (await authorize(f, params)).location!.searchParams.get('code')!;
    await fake.control.advanceTime(3 * 60 * 1000);
    expect((await postToken(f, 'accounts.zoho.com', { grant_type: 'authorization_code', client_id: DEMO, redirect_uri: EXT_REDIRECT, code: first, code_verifier: verifier })).json)
      .toEqual({ error: 'invalid_code' });
    const second = (await authorize(f, params)).location!.searchParams.get('code')!;
    expect((await postToken(f, 'accounts.zoho.com', { grant_type: 'authorization_code', client_id: DEMO, redirect_uri: 'https://other.chromiumapp.org/', code: second, code_verifier: verifier })).json)
      .toEqual({ error: 'invalid_redirect_uri' });
  });

  it('checks the confidential client secret', async () => {
    const { location } = await authorize(f, { client_id: SERVER });
    const code = location!.searchParams.get('code')!;
    const base = { grant_type: 'authorization_code', client_id: SERVER, redirect_uri: EXT_REDIRECT, code };
    expect((await postToken(f, 'accounts.zoho.com', { ...base, client_secret: 'wrong' })).json).toEqual({ error: 'invalid_client_secret' });
    expect((await postToken(f, 'accounts.zoho.com', { ...base, client_secret: 'demo-secret' })).json.access_token).toBeTruthy();
    expect((await postToken(f, 'accounts.zoho.com', { ...base, client_id: '1000.NOPE' })).json).toEqual({ error: 'invalid_client' });
  });

  it('refreshes up to 10 times per 10 minutes per refresh token', async () => {
    const { json } = await codeFlow(f);
    const refresh = () => postToken(f, 'accounts.zoho.com', { grant_type: 'refresh_token', client_id: DEMO, refresh_token: String(json.refresh_token) });
    for (let i = 0; i < 10; i++) {
      const ok = await refresh();
      expect(ok.json).toMatchObject({ token_type: 'Bearer', expires_in: 3600, api_domain: 'https://www.zohoapis.com' });
      expect(ok.json.refresh_token).toBeUndefined();
    }
    const denied = await refresh();
    expect(denied.status).toBe(400);
    expect(denied.json).toMatchObject({ error: 'Access Denied', error_description: 'You have made too many requests continuously. Please try again after some time.' });
    await fake.control.advanceTime(10 * 60 * 1000 + 1);
    expect((await refresh()).json.access_token).toBeTruthy();
  });

  it('refreshes only at the data center that issued the token', async () => {
    const { json } = await codeFlow(f);
    const wrong = await postToken(f, 'accounts.zoho.eu', { grant_type: 'refresh_token', client_id: DEMO, refresh_token: String(json.refresh_token) });
    expect(wrong.json).toEqual({ error: 'invalid_code' });
  });

  it('revokes a refresh token and its access tokens', async () => {
    const { json } = await codeFlow(f);
    const org = await f('https://desk.zoho.com/api/v1/organizations', { headers: { authorization: `Zoho-oauthtoken ${json.access_token}` } });
    expect(org.status).toBe(200);
    const revoke = await f(`https://accounts.zoho.com/oauth/v2/token/revoke?token=${json.refresh_token}`, { method: 'POST' });
    expect(revoke.status).toBe(200);
    const after = await f('https://desk.zoho.com/api/v1/organizations', { headers: { authorization: `Zoho-oauthtoken ${json.access_token}` } });
    expect(after.status).toBe(401);
    const refresh = await postToken(f, 'accounts.zoho.com', { grant_type: 'refresh_token', client_id: DEMO, refresh_token: String(json.refresh_token) });
    expect(refresh.json).toEqual({ error: 'invalid_code' });
  });

  it('control: issueToken, expireAccessTokens, revokeRefreshTokens', async () => {
    const { accessToken, refreshToken } = await fake.control.issueToken({ agentEmail: 'agent@acme.example' });
    const call = () => f('https://desk.zoho.com/api/v1/organizations', { headers: { authorization: `Zoho-oauthtoken ${accessToken}` } });
    expect((await call()).status).toBe(200);
    await fake.control.expireAccessTokens();
    expect((await call()).status).toBe(401);
    const refreshed = await postToken(f, 'accounts.zoho.com', { grant_type: 'refresh_token', client_id: DEMO, refresh_token: refreshToken! });
    expect(refreshed.json.access_token).toBeTruthy();
    await fake.control.revokeRefreshTokens();
    expect((await postToken(f, 'accounts.zoho.com', { grant_type: 'refresh_token', client_id: DEMO, refresh_token: refreshToken! })).json).toEqual({ error: 'invalid_code' });
  });

  it('access tokens expire after an hour', async () => {
    const { json } = await codeFlow(f);
    const call = () => f('https://desk.zoho.com/api/v1/organizations', { headers: { authorization: `Zoho-oauthtoken ${json.access_token}` } });
    await fake.control.advanceTime(59 * 60 * 1000);
    expect((await call()).status).toBe(200);
    await fake.control.advanceTime(60 * 1000);
    expect((await call()).status).toBe(401);
  });
});

describe('implicit flow', () => {
  it('puts the token in the fragment, without a refresh token', async () => {
    const { response, location } = await authorize(f, { response_type: 'token', access_type: '' });
    expect(response.status).toBe(302);
    expect(location!.search).toBe('');
    const fragment = new URLSearchParams(location!.hash.slice(1));
    expect(fragment.get('access_token')).toMatch(/^1000\./);
    expect(fragment.get('expires_in')).toBe('3600');
    expect(fragment.get('token_type')).toBe('Bearer');
    expect(fragment.get('state')).toBe('st-123');
    expect(fragment.get('api_domain')).toBe('https://www.zohoapis.com');
    expect(fragment.get('location')).toBe('us');
    expect(fragment.get('accounts-server')).toBe('https://accounts.zoho.com');
    expect(fragment.has('refresh_token')).toBe(false);
    const org = await f('https://desk.zoho.com/api/v1/organizations', { headers: { authorization: `Zoho-oauthtoken ${fragment.get('access_token')}` } });
    expect(org.status).toBe(200);
  });
});
