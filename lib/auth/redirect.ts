import { dataCenterOfAccountsServer, DATA_CENTERS, type DataCenterId } from '../data-centers';
import { t } from '../i18n';
import { authError } from './errors';

// What came back from Zoho's accounts server through launchWebAuthFlow. Nothing in it is trusted until
// checked: the redirect URL can be reached by anyone who can make the browser navigate there.

export interface CodeRedirect {
  code: string;
  dataCenter: DataCenterId;
  /** The origin of the accounts server that issued the code, already checked against the allow-list. */
  accountsServer: string;
}

export interface TokenRedirect {
  accessToken: string;
  expiresInSec: number;
  dataCenter: DataCenterId;
  accountsServer: string;
}

function sameRedirectTarget(actual: URL, expected: string): boolean {
  const wanted = new URL(expected);
  return actual.origin === wanted.origin && actual.pathname === wanted.pathname;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * The data center the redirect names, from `accounts-server` (checked against the known Zoho accounts servers)
 * and `location` (which must agree with it). Without either, the account lives where sign-in began.
 */
export function dataCenterOf(params: URLSearchParams, defaultServer: string): { dataCenter: DataCenterId; accountsServer: string } {
  const server = params.get('accounts-server');
  const location = params.get('location');
  if (server !== null) {
    const dataCenter = dataCenterOfAccountsServer(server);
    if (!dataCenter) {
      throw authError(
        t('authUnknownAccountsServer', server.slice(0, 100)),
        'UNKNOWN_ACCOUNTS_SERVER',
      );
    }
    if (location !== null && location.toLowerCase() !== dataCenter) {
      throw authError(t('authTwoDataCenters', location.slice(0, 20), dataCenter), 'DATA_CENTER_MISMATCH');
    }
    return { dataCenter, accountsServer: `https://${DATA_CENTERS[dataCenter].accountsHost}` };
  }
  if (location !== null) {
    const dataCenter = (Object.keys(DATA_CENTERS) as DataCenterId[]).find((id) => id === location.toLowerCase());
    if (!dataCenter) throw authError(t('authUnknownDataCenter', location.slice(0, 20)), 'UNKNOWN_DATA_CENTER');
    return { dataCenter, accountsServer: `https://${DATA_CENTERS[dataCenter].accountsHost}` };
  }
  const dataCenter = dataCenterOfAccountsServer(defaultServer) ?? 'us';
  return { dataCenter, accountsServer: `https://${DATA_CENTERS[dataCenter].accountsHost}` };
}

function checkCommon(params: URLSearchParams, expectedState: string) {
  const error = params.get('error');
  if (error) {
    const text = error === 'access_denied' ? t('authAccessDenied') : t('authSignInRefused', error.slice(0, 100));
    throw authError(text, error.slice(0, 100));
  }
  const state = params.get('state');
  if (state === null || !constantTimeEqual(state, expectedState)) {
    throw authError(t('authStateMismatch'), 'STATE_MISMATCH');
  }
}

function parseTarget(redirectUrl: string, redirectUri: string): URL {
  let url: URL;
  try {
    url = new URL(redirectUrl);
  } catch {
    throw authError(t('authUnreadableRedirect'));
  }
  if (!sameRedirectTarget(url, redirectUri)) throw authError(t('authUnexpectedRedirect'));
  return url;
}

/** Authorization code grant: everything arrives in the query string. */
export function parseCodeRedirect(redirectUrl: string, redirectUri: string, expectedState: string, defaultServer: string): CodeRedirect {
  const params = parseTarget(redirectUrl, redirectUri).searchParams;
  checkCommon(params, expectedState);
  const code = params.get('code');
  if (!code) throw authError(t('authNoCode'));
  return { code, ...dataCenterOf(params, defaultServer) };
}

/** Implicit grant: the token arrives in the fragment, so it never reaches a server. */
export function parseTokenRedirect(redirectUrl: string, redirectUri: string, expectedState: string, defaultServer: string): TokenRedirect {
  const url = parseTarget(redirectUrl, redirectUri);
  const params = new URLSearchParams(url.hash.replace(/^#/, ''));
  // Errors may come back in the query string even for the implicit grant.
  for (const [name, value] of url.searchParams) if (!params.has(name)) params.set(name, value);
  checkCommon(params, expectedState);
  const accessToken = params.get('access_token');
  if (!accessToken) throw authError(t('authNoAccessToken'));
  const expires = Number(params.get('expires_in') ?? '3600');
  // Zoho has sent expires_in in seconds and, in older answers, in milliseconds.
  const expiresInSec = Number.isFinite(expires) && expires > 0 ? (expires > 86_400 ? Math.floor(expires / 1000) : expires) : 3600;
  return { accessToken, expiresInSec, ...dataCenterOf(params, defaultServer) };
}
