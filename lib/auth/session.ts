import { DATA_CENTERS, type DataCenterId } from '../data-centers';
import { t } from '../i18n';
import type { Session } from '../messages/protocol';
import { CallError } from '../messages/errors';
import type { EffectiveConfig } from '../config';
import { rememberRead } from '../remembered-read';
import { STORAGE_KEYS } from '../storage-keys';
import { authError, notConfigured, notConnected } from './errors';
import { createPkce, randomToken } from './pkce';
import { parseCodeRedirect, parseTokenRedirect } from './redirect';
import { ZOHO_SCOPES } from './scopes';
import { exchangeCode, GrantRevokedError, refreshTokens, revokeToken, type TokenAnswer } from './token-endpoint';
import { accessItem, forgetTokens, grantItem, restrictStorageToTrustedContexts, type StoredGrant } from './token-store';
import type { LaunchWebAuthFlow } from './web-auth-flow';

export interface AuthSessionDeps {
  fetch: typeof fetch;
  launchWebAuthFlow: LaunchWebAuthFlow;
  redirectUri: () => string;
  loadConfig: () => Promise<EffectiveConfig>;
  now?: () => number;
  /** Refresh this long before the access token expires, so no call goes out with a dying token. */
  refreshMarginMs?: number;
  /** Where sign-in starts; Zoho sends multi-DC accounts on to their own accounts server. */
  authorizeServer?: string;
  /** Told after the sign-in changed (connected, refreshed away, disconnected), to drop per-account caches. */
  onSignedOut?: () => void;
}

export type Grant = 'code' | 'implicit';

export interface AuthSession {
  status(): Promise<Session>;
  connect(grant?: Grant): Promise<Session>;
  disconnect(): Promise<Session>;
  /** The data center of the signed-in account, or null. */
  dataCenter(): Promise<DataCenterId | null>;
  /** A valid access token, refreshed ahead of expiry. */
  current(): Promise<string>;
  /** Zoho refused `rejected`: refresh once (shared by every caller), or hand out a newer token already there. */
  renew(rejected: string): Promise<string>;
}

export function createAuthSession(deps: AuthSessionDeps): AuthSession {
  const now = deps.now ?? Date.now;
  const margin = deps.refreshMarginMs ?? 5 * 60_000;
  const authorizeServer = deps.authorizeServer ?? `https://${DATA_CENTERS.us.accountsHost}`;
  // One refresh at a time for the whole extension: Zoho allows 10 access tokens per refresh token per 10
  // minutes, and every tab's calls come through this one service worker.
  let refreshing: Promise<string> | null = null;
  let connecting: Promise<Session> | null = null;
  // The newest access token this worker obtained: checked synchronously, so a 401 that arrives just after a
  // refresh finished cannot start a second one.
  let latest: string | null = null;
  // Every Desk call asks for the token and the data center: held in this worker's memory instead of read from
  // storage and decrypted each time. Each write here drops them again, as does any change seen in storage.
  const grantRead = rememberRead(() => grantItem.getValue(), [STORAGE_KEYS.grant]);
  const accessRead = rememberRead(() => accessItem.getValue(), [STORAGE_KEYS.access]);
  const forgetHeld = () => {
    grantRead.forget();
    accessRead.forget();
  };
  const forgetAll = async () => {
    forgetHeld();
    await forgetTokens();
    forgetHeld();
  };

  async function status(): Promise<Session> {
    const [grant, config] = await Promise.all([grantRead.get(), deps.loadConfig()]);
    return {
      connected: grant !== null,
      dataCenter: grant?.dataCenter ?? null,
      grant: grant?.grant ?? null,
      configured: config.clientId !== null,
    };
  }

  async function store(grant: StoredGrant, answer: TokenAnswer) {
    await restrictStorageToTrustedContexts();
    forgetHeld();
    await grantItem.setValue(grant);
    await accessItem.setValue({ token: answer.accessToken, expiresAt: now() + answer.expiresInSec * 1000 });
    forgetHeld();
    latest = answer.accessToken;
  }

  async function connectOnce(grant: Grant): Promise<Session> {
    const config = await deps.loadConfig();
    if (!config.clientId) throw notConfigured();
    const client = { clientId: config.clientId, clientSecret: config.clientSecret };
    const redirectUri = deps.redirectUri();
    const state = randomToken(24);
    const url = new URL('/oauth/v2/auth', authorizeServer);
    url.searchParams.set('client_id', client.clientId);
    url.searchParams.set('scope', ZOHO_SCOPES);
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('state', state);

    if (grant === 'implicit') {
      url.searchParams.set('response_type', 'token');
      const redirect = parseTokenRedirect(await launch(url.href, true), redirectUri, state, authorizeServer);
      await forgetAll();
      await store(
        { grant: 'implicit', dataCenter: redirect.dataCenter, accountsServer: redirect.accountsServer, refreshToken: null, clientId: client.clientId },
        { accessToken: redirect.accessToken, refreshToken: null, expiresInSec: redirect.expiresInSec },
      );
      deps.onSignedOut?.();
      return status();
    }

    const pkce = await createPkce();
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('access_type', 'offline');
    // Without consent Zoho issues no refresh token when the agent signed in before.
    url.searchParams.set('prompt', 'consent');
    url.searchParams.set('code_challenge', pkce.challenge);
    url.searchParams.set('code_challenge_method', 'S256');
    const redirect = parseCodeRedirect(await launch(url.href, true), redirectUri, state, authorizeServer);
    // Only reached when accounts-server is a known Zoho host: parseCodeRedirect refuses anything else.
    const answer = await exchangeCode({ fetch: deps.fetch }, redirect.accountsServer, client, {
      code: redirect.code,
      verifier: pkce.verifier,
      redirectUri,
    });
    if (!answer.refreshToken) {
      throw authError(t('authNoRefreshToken'), 'NO_REFRESH_TOKEN');
    }
    const previous = await grantRead.get();
    await store(
      { grant: 'code', dataCenter: redirect.dataCenter, accountsServer: redirect.accountsServer, refreshToken: answer.refreshToken, clientId: client.clientId },
      answer,
    );
    // Zoho keeps at most 20 refresh tokens per user: give the replaced one back instead of leaking it.
    if (previous?.refreshToken && previous.refreshToken !== answer.refreshToken) {
      void revokeToken({ fetch: deps.fetch }, previous.accountsServer, previous.refreshToken);
    }
    deps.onSignedOut?.();
    return status();
  }

  async function launch(url: string, interactive: boolean): Promise<string> {
    try {
      return await deps.launchWebAuthFlow(url, interactive);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (!interactive) throw authError(t('authSessionEnded'), 'SILENT_RENEW_FAILED');
      if (/did not approve|cancel|closed/i.test(text)) throw authError(t('authWindowClosed'), 'USER_CANCELLED');
      throw authError(t('authWindowFailed', text.slice(0, 200)), 'AUTH_FLOW_FAILED');
    }
  }

  async function refresh(): Promise<string> {
    const grant = await grantRead.get();
    if (!grant) throw notConnected();
    try {
      if (grant.grant === 'implicit') return await renewImplicit(grant);
      if (!grant.refreshToken) throw notConnected();
      const config = await deps.loadConfig();
      const secret = config.clientId === grant.clientId ? config.clientSecret : null;
      const answer = await refreshTokens({ fetch: deps.fetch }, grant.accountsServer, { clientId: grant.clientId, clientSecret: secret }, grant.refreshToken);
      // Zoho may rotate the refresh token: the new one replaces the old, or the next refresh would fail.
      await store({ ...grant, refreshToken: answer.refreshToken ?? grant.refreshToken }, answer);
      return answer.accessToken;
    } catch (error) {
      if (error instanceof GrantRevokedError || (error instanceof CallError && error.apiError.code === 'SILENT_RENEW_FAILED')) {
        await forgetAll();
        latest = null;
        deps.onSignedOut?.();
      }
      throw error;
    }
  }

  async function renewImplicit(grant: StoredGrant): Promise<string> {
    const config = await deps.loadConfig();
    const redirectUri = deps.redirectUri();
    const state = randomToken(24);
    // Zoho's endpoint for renewing a client-based app's token without a window.
    const url = new URL('/oauth/v2/auth/refresh', grant.accountsServer);
    url.searchParams.set('response_type', 'token');
    url.searchParams.set('prompt', 'none');
    url.searchParams.set('client_id', config.clientId ?? grant.clientId);
    url.searchParams.set('scope', ZOHO_SCOPES);
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('state', state);
    // Silent: works while the agent's Zoho session lives; otherwise fails fast and the agent connects again.
    const redirect = parseTokenRedirect(await launch(url.href, false), redirectUri, state, grant.accountsServer);
    await store({ ...grant, dataCenter: redirect.dataCenter, accountsServer: redirect.accountsServer }, {
      accessToken: redirect.accessToken,
      refreshToken: null,
      expiresInSec: redirect.expiresInSec,
    });
    return redirect.accessToken;
  }

  function refreshOnce(): Promise<string> {
    refreshing ??= refresh().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  return {
    status,
    dataCenter: async () => (await grantRead.get())?.dataCenter ?? null,

    connect(grant = 'code') {
      connecting ??= connectOnce(grant).finally(() => {
        connecting = null;
      });
      return connecting;
    },

    async disconnect() {
      const grant = await grantRead.get();
      const access = await accessRead.get();
      // Forget first: even if Zoho cannot be reached, nothing of the sign-in stays behind.
      await forgetAll();
      refreshing = null;
      latest = null;
      deps.onSignedOut?.();
      const token = grant?.refreshToken ?? access?.token;
      if (grant && token) await revokeToken({ fetch: deps.fetch }, grant.accountsServer, token);
      return status();
    },

    async current() {
      if (refreshing) return refreshing;
      const [grant, access] = await Promise.all([grantRead.get(), accessRead.get()]);
      if (!grant) throw notConnected();
      if (access && access.expiresAt - margin > now()) return access.token;
      return refreshOnce();
    },

    async renew(rejected) {
      // Another caller already replaced the token Zoho refused: use the new one instead of refreshing again.
      if (refreshing) return refreshing;
      if (latest !== null && latest !== rejected) return latest;
      const access = await accessRead.get();
      if (refreshing) return refreshing;
      if (latest !== null && latest !== rejected) return latest;
      if (access && access.token !== rejected && access.expiresAt - margin > now()) return access.token;
      return refreshOnce();
    },
  };
}
