import * as z from 'zod/mini';
import { t } from '../i18n';
import { makeError } from '../messages/errors';
import { CallError } from '../messages/errors';
import { authError } from './errors';

// Zoho's accounts server answers token requests with HTTP 200 and `{"error": "…"}` as often as with a 4xx,
// so the body decides, not the status.

const nonEmpty = z.string().check(z.minLength(1));
const seconds = z.optional(z.coerce.number().check(z.positive()));
const tokenAnswer = z.object({
  access_token: nonEmpty,
  refresh_token: z.optional(nonEmpty),
  api_domain: z.optional(z.string()),
  token_type: z.optional(z.string()),
  expires_in: seconds,
  expires_in_sec: seconds,
});

export interface TokenAnswer {
  accessToken: string;
  refreshToken: string | null;
  expiresInSec: number;
}

export interface TokenEndpointDeps {
  fetch: typeof fetch;
  timeoutMs?: number;
}

/** Errors that mean the grant is gone for good: the refresh token was revoked, expired or never valid. */
const DEAD_GRANT = new Set(['invalid_code', 'invalid_token', 'invalid_grant', 'invalid_refresh_token', 'unauthorized_client', 'invalid_client']);

export class GrantRevokedError extends CallError {
  constructor(code: string) {
    super(makeError('auth-failed', t('zohoSignInRefused'), { code }));
  }
}

async function post(deps: TokenEndpointDeps, url: string, form: URLSearchParams | null): Promise<{ status: number; text: string }> {
  const timeout = AbortSignal.timeout(deps.timeoutMs ?? 20_000);
  try {
    const response = await deps.fetch(url, {
      method: 'POST',
      headers: form ? { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' } : { Accept: 'application/json' },
      body: form ? form.toString() : undefined,
      signal: timeout,
      credentials: 'omit',
    });
    return { status: response.status, text: await response.text() };
  } catch {
    throw new CallError(
      makeError(timeout.aborted ? 'timeout' : 'network', t('accountsUnreachable')),
    );
  }
}

async function requestTokens(deps: TokenEndpointDeps, accountsServer: string, form: URLSearchParams): Promise<TokenAnswer> {
  const { status, text } = await post(deps, `${accountsServer}/oauth/v2/token`, form);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (status >= 500) throw new CallError(makeError('server', t('accountsServerProblem')));
    throw new CallError(makeError('unexpected-response', t('accountsUnexpected')));
  }
  const body = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const error = body.error === undefined || body.error === null ? null : String(body.error);
  const description = typeof body.error_description === 'string' ? body.error_description : '';
  if (error) {
    // Zoho's refresh limit (10 access tokens per refresh token per 10 minutes) answers 400 "Access Denied":
    // the grant is fine, it just has to wait; forgetting it would force the agent to sign in again.
    if (/too many/i.test(description) || /^access.?denied$/i.test(error)) {
      throw new CallError(
        makeError('rate-limited', t('accountsTokenRateLimited'), {
          code: error.slice(0, 100),
          retryInMs: 60_000,
        }),
      );
    }
    if (form.get('grant_type') === 'refresh_token' && DEAD_GRANT.has(error)) throw new GrantRevokedError(error);
    if (error === 'invalid_client' || error === 'invalid_client_secret') {
      throw authError(t('accountsBadClient'), error);
    }
    throw authError(t('accountsTokenRefused', error.slice(0, 100)), error.slice(0, 100));
  }
  if (status >= 500) throw new CallError(makeError('server', t('accountsServerProblem')));
  const parsed = tokenAnswer.safeParse(json);
  if (!parsed.success || status >= 400) {
    throw new CallError(makeError('unexpected-response', t('accountsUnexpected')));
  }
  const seconds = parsed.data.expires_in ?? parsed.data.expires_in_sec ?? 3600;
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token ?? null,
    // Older answers gave milliseconds; an hour either way.
    expiresInSec: seconds > 86_400 ? Math.floor(seconds / 1000) : seconds,
  };
}

export interface ClientCredentials {
  clientId: string;
  clientSecret: string | null;
}

export function exchangeCode(
  deps: TokenEndpointDeps,
  accountsServer: string,
  client: ClientCredentials,
  params: { code: string; verifier: string; redirectUri: string },
): Promise<TokenAnswer> {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: client.clientId,
    redirect_uri: params.redirectUri,
    code: params.code,
    code_verifier: params.verifier,
  });
  if (client.clientSecret) form.set('client_secret', client.clientSecret);
  return requestTokens(deps, accountsServer, form);
}

export function refreshTokens(deps: TokenEndpointDeps, accountsServer: string, client: ClientCredentials, refreshToken: string): Promise<TokenAnswer> {
  const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: client.clientId, refresh_token: refreshToken });
  if (client.clientSecret) form.set('client_secret', client.clientSecret);
  return requestTokens(deps, accountsServer, form);
}

/** Best effort: the caller forgets the tokens whatever happens here. */
export async function revokeToken(deps: TokenEndpointDeps, accountsServer: string, token: string): Promise<boolean> {
  try {
    const { status } = await post(deps, `${accountsServer}/oauth/v2/token/revoke?token=${encodeURIComponent(token)}`, null);
    return status < 400;
  } catch {
    return false;
  }
}
