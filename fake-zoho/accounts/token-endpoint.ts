import { createHash, timingSafeEqual } from 'node:crypto';
import { API_DOMAINS } from '../hosts';
import { jsonResponse } from '../html';
import type { DataCenterId, FakeResponse } from '../types';
import { findClient } from './clients';
import type { CodeStore } from './codes';
import type { TokenStore } from './tokens';

export interface TokenContext {
  codes: CodeStore;
  tokens: TokenStore;
}

// Zoho answers token errors with HTTP 200 and {"error": "..."}; clients must look at the body, not the status.
const error = (code: string) => jsonResponse(200, { error: code });

/** The refresh rate limit is the exception: a 400 with Zoho's "Access Denied" wording. */
const RATE_LIMITED = jsonResponse(400, {
  error_description: 'You have made too many requests continuously. Please try again after some time.',
  error: 'Access Denied',
  status: 'failure',
});

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** POST /oauth/v2/token at `dataCenter`'s accounts server. Zoho reads parameters from the query or the form. */
export function tokenEndpoint(params: URLSearchParams, dataCenter: DataCenterId, ctx: TokenContext): FakeResponse {
  const client = findClient(params.get('client_id'));
  if (!client) return error('invalid_client');
  if (client.secret !== null && !sameText(params.get('client_secret') ?? '', client.secret)) return error('invalid_client_secret');

  switch (params.get('grant_type')) {
    case 'authorization_code': {
      const code = ctx.codes.take(params.get('code') ?? '', dataCenter);
      if (!code || code.clientId !== client.id) return error('invalid_code');
      if (params.get('redirect_uri') !== code.redirectUri) return error('invalid_redirect_uri');
      if (code.codeChallenge !== null && !sameText(s256(params.get('code_verifier') ?? ''), code.codeChallenge)) {
        return error('invalid_code');
      }
      const grant = { clientId: client.id, agentEmail: code.agentEmail, dataCenter, scopes: code.scopes };
      const refreshToken = code.offline ? ctx.tokens.issueRefreshToken(grant) : null;
      const { accessToken, expiresIn } = ctx.tokens.issueAccessToken(grant, refreshToken);
      return jsonResponse(200, {
        access_token: accessToken,
        ...(refreshToken ? { refresh_token: refreshToken } : {}),
        scope: code.scopes.join(' '),
        api_domain: API_DOMAINS[dataCenter],
        token_type: 'Bearer',
        expires_in: expiresIn,
      });
    }
    case 'refresh_token': {
      const outcome = ctx.tokens.refreshAccessToken(params.get('refresh_token') ?? '', dataCenter, client.id);
      if (!outcome.ok) return outcome.reason === 'rate-limited' ? RATE_LIMITED : error(outcome.reason === 'unknown' ? 'invalid_code' : 'invalid_client');
      return jsonResponse(200, {
        access_token: outcome.accessToken,
        api_domain: API_DOMAINS[dataCenter],
        token_type: 'Bearer',
        expires_in: outcome.expiresIn,
      });
    }
    default:
      return error('unsupported_grant_type');
  }
}

/** POST /oauth/v2/token/revoke?token=…: a refresh token and its access tokens, or one access token. */
export function revokeEndpoint(params: URLSearchParams, dataCenter: DataCenterId, ctx: TokenContext): FakeResponse {
  const token = params.get('token');
  if (!token) return error('invalid_request');
  ctx.tokens.revoke(token, dataCenter);
  // Zoho does not tell whether the token existed.
  return jsonResponse(200, { status: 'success' });
}
