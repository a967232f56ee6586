import { createHash, randomBytes } from 'node:crypto';
import { fakeFetch } from '../client';
import { startFakeZoho, type FakeZoho } from '../server';

export const EXT_REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/oauth2';
export const DEMO = '1000.DESKCOMPANIONDEMO';
export const SERVER = '1000.SERVERCLIENT';
export const SCOPES = 'Desk.basic.READ,Desk.contacts.READ';

export async function startForTest(options: Parameters<typeof startFakeZoho>[0] = {}) {
  const fake = await startFakeZoho({ port: 0, ...options });
  return { fake, fetch: fakeFetch(fake) };
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeUrl(params: Record<string, string>, host = 'accounts.zoho.com') {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: DEMO,
    scope: SCOPES,
    redirect_uri: EXT_REDIRECT,
    access_type: 'offline',
    prompt: 'consent',
    state: 'st-123',
    ...params,
  });
  return `https://${host}/oauth/v2/auth?${query}`;
}

/** Runs authorize without following the redirect; returns the Location parsed. */
export async function authorize(f: typeof fetch, params: Record<string, string>, host?: string) {
  const response = await f(authorizeUrl(params, host), { redirect: 'manual' });
  const location = response.headers.get('location');
  return { response, location: location ? new URL(location) : null };
}

export async function postToken(f: typeof fetch, host: string, params: Record<string, string>) {
  const response = await f(`https://${host}/oauth/v2/token`, { method: 'POST', body: new URLSearchParams(params) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** The full code + PKCE flow for the signed-in agent; returns the token response. */
export async function codeFlow(f: typeof fetch, options: { host?: string; tokenHost?: string } = {}) {
  const { verifier, challenge } = pkcePair();
  const { location } = await authorize(f, { code_challenge: challenge, code_challenge_method: 'S256' }, options.host);
  const code = location!.searchParams.get('code')!;
  const tokenHost = options.tokenHost ?? new URL(location!.searchParams.get('accounts-server')!).host;
  return postToken(f, tokenHost, { grant_type: 'authorization_code', client_id: DEMO, redirect_uri: EXT_REDIRECT, code, code_verifier: verifier });
}

export type { FakeZoho };
