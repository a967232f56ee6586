import { accountsServerUrl, API_DOMAINS } from '../hosts';
import { escapeHtml, htmlResponse } from '../html';
import type { FakeResponse, WorldBase } from '../types';
import { findClient, isAllowedRedirectUri } from './clients';
import type { CodeStore } from './codes';
import { errorPage, signInPage } from './pages';
import type { TokenStore } from './tokens';

export interface AuthorizeContext {
  world: WorldBase;
  codes: CodeStore;
  tokens: TokenStore;
  /** The email the browser is signed in to Zoho as, or null. */
  session(): string | null;
  setSession(email: string | null): void;
  /** When true, `prompt=consent` shows a page with Accept/Reject instead of redirecting at once. */
  consentPage(): boolean;
}

export function parseScopes(value: string | null): string[] {
  return (value ?? '')
    .split(/[,\s]+/)
    .map((scope) => scope.trim())
    .filter(Boolean);
}

/** GET /oauth/v2/auth (and /oauth/v2/auth/refresh, Zoho's silent implicit renewal). */
export function authorize(query: URLSearchParams, ctx: AuthorizeContext, options: { consented?: boolean } = {}): FakeResponse {
  const client = findClient(query.get('client_id'));
  if (!client) return errorPage('Invalid client', 'The client_id is not registered with Zoho Accounts.');
  const redirectUri = query.get('redirect_uri');
  if (!isAllowedRedirectUri(redirectUri)) return errorPage('Invalid redirect URI', 'The redirect_uri is not registered for this client.');

  const responseType = query.get('response_type');
  const state = query.get('state');
  const fail = (error: string, description: string) =>
    redirectWith(redirectUri!, responseType === 'token' ? 'fragment' : 'query', { error, error_description: description, state });

  if (responseType !== 'code' && responseType !== 'token') return fail('unsupported_response_type', 'response_type must be code or token');
  const scopes = parseScopes(query.get('scope'));
  if (scopes.length === 0) return fail('invalid_scope', 'scope is required');
  const challenge = query.get('code_challenge');
  const method = query.get('code_challenge_method');
  if (responseType === 'code') {
    if (client.secret === null && !challenge) return fail('invalid_request', 'code_challenge is required for client-based apps');
    if (challenge && method !== 'S256') return fail('invalid_request', 'code_challenge_method must be S256');
  } else if (client.secret !== null) {
    return fail('unauthorized_client', 'response_type=token is for client-based apps');
  }

  const email = ctx.session();
  const agent = email ? ctx.world.agents.find((a) => a.email === email) : undefined;
  if (!agent) return signInPage(`/oauth/v2/auth?${query}`, ctx.world.agents[0]?.email ?? '');
  if (query.get('prompt') === 'consent' && ctx.consentPage() && !options.consented) return consentPage(query, agent.email, scopes);

  // The authorize request may reach any data center's accounts server; the answer always names the agent's own.
  const location = { location: agent.dataCenter, 'accounts-server': accountsServerUrl(agent.dataCenter) };
  const grant = { clientId: client.id, agentEmail: agent.email, dataCenter: agent.dataCenter, scopes };
  if (responseType === 'token') {
    const { accessToken, expiresIn } = ctx.tokens.issueAccessToken(grant);
    return redirectWith(redirectUri!, 'fragment', {
      access_token: accessToken,
      expires_in: String(expiresIn),
      token_type: 'Bearer',
      state,
      api_domain: API_DOMAINS[agent.dataCenter],
      ...location,
    });
  }
  const code = ctx.codes.issue({
    ...grant,
    redirectUri: redirectUri!,
    offline: query.get('access_type') === 'offline',
    codeChallenge: challenge,
  });
  return redirectWith(redirectUri!, 'query', { code: code.code, state, ...location });
}

/** POST /oauth/v2/signin from the sign-in page: a known agent's email starts a session and resumes. */
export function signIn(form: URLSearchParams, ctx: AuthorizeContext): FakeResponse {
  const continuePath = form.get('continue') ?? '';
  const email = form.get('email') ?? '';
  if (!ctx.world.agents.some((a) => a.email === email)) return signInPage(continuePath, email, 'No Zoho account with this email address.');
  ctx.setSession(email);
  // Only ever back into the authorize endpoint: the form field must not become an open redirect.
  const target = continuePath.startsWith('/oauth/v2/auth?') ? continuePath : '/oauth/v2/auth';
  return { status: 302, headers: { location: target, 'cache-control': 'no-store' } };
}

/** POST /oauth/v2/consent from the consent page. */
export function consent(form: URLSearchParams, ctx: AuthorizeContext): FakeResponse {
  const query = new URLSearchParams(form.get('request') ?? '');
  if (form.get('decision') === 'accept') return authorize(query, ctx, { consented: true });
  const redirectUri = query.get('redirect_uri');
  if (!findClient(query.get('client_id')) || !isAllowedRedirectUri(redirectUri)) return errorPage('Invalid request', 'The consent form was tampered with.');
  return redirectWith(redirectUri!, query.get('response_type') === 'token' ? 'fragment' : 'query', {
    error: 'access_denied',
    state: query.get('state'),
  });
}

function consentPage(query: URLSearchParams, email: string, scopes: string[]): FakeResponse {
  const items = scopes.map((scope) => `<li>${escapeHtml(scope)}</li>`).join('');
  return htmlResponse(
    200,
    'Zoho Accounts – consent',
    `<h1>Desk Companion would like to access your Zoho account</h1><p>Signed in as ${escapeHtml(email)}</p><ul>${items}</ul>
<form method="post" action="/oauth/v2/consent">
  <input type="hidden" name="request" value="${escapeHtml(query.toString())}">
  <button type="submit" name="decision" value="accept">Accept</button>
  <button type="submit" name="decision" value="reject">Reject</button>
</form>`,
  );
}

function redirectWith(base: string, where: 'query' | 'fragment', params: Record<string, string | null>): FakeResponse {
  const url = new URL(base);
  const extra = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null) extra.set(key, value);
  if (where === 'query') for (const [key, value] of extra) url.searchParams.set(key, value);
  else url.hash = extra.toString();
  return { status: 302, headers: { location: url.toString(), 'cache-control': 'no-store' } };
}
