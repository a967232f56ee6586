import { Clock } from '../clock';
import { htmlResponse } from '../html';
import type { DataCenterId, FakeRequest, FakeResponse, WorldBase } from '../types';
import { authorize, consent, parseScopes, signIn, type AuthorizeContext } from './authorize';
import { DEMO_CLIENT_ID, findClient } from './clients';
import { CodeStore } from './codes';
import { revokeEndpoint, tokenEndpoint } from './token-endpoint';
import { TokenStore } from './tokens';

export { DEMO_CLIENT_ID, SERVER_CLIENT_ID, SERVER_CLIENT_SECRET } from './clients';

/** What the extension asks for (lib/auth/scopes.ts); tokens issued by the control API get these by default. */
export const DESK_SCOPES = [
  'Desk.basic.READ',
  'Desk.settings.READ',
  'Desk.contacts.READ',
  'Desk.contacts.UPDATE',
  'Desk.settings.UPDATE',
  'Desk.search.READ',
  'Desk.tickets.READ',
];

const ROUTES = ['GET /oauth/v2/auth', 'GET /oauth/v2/auth/refresh', 'POST /oauth/v2/token', 'POST /oauth/v2/token/revoke', 'POST /oauth/v2/signin', 'POST /oauth/v2/consent'];

export interface IssueTokenOptions {
  agentEmail: string;
  clientId?: string;
  scopes?: string[];
  /** Issue a refresh token too (default true). */
  offline?: boolean;
}

/** The Zoho accounts server, the same on every data center's host; state lives in the shared stores. */
export class AccountsServer {
  readonly codes: CodeStore;
  readonly tokens: TokenStore;
  private session: string | null;
  private consentRequired = false;
  private readonly context: AuthorizeContext;

  constructor(
    private readonly world: WorldBase,
    readonly clock: Clock = new Clock(),
  ) {
    this.codes = new CodeStore(clock);
    this.tokens = new TokenStore(clock);
    this.session = this.defaultSession();
    this.context = {
      world,
      codes: this.codes,
      tokens: this.tokens,
      session: () => this.session,
      setSession: (email) => void (this.session = email),
      consentPage: () => this.consentRequired,
    };
  }

  /** The key faults and latency are registered under, e.g. "POST /oauth/v2/token". */
  routeOf(method: string, path: string): string {
    const key = `${method} ${path.replace(/\/+$/, '') || '/'}`;
    return ROUTES.includes(key) ? key : `${method} ${path}`;
  }

  handle(request: FakeRequest, dataCenter: DataCenterId): FakeResponse {
    const params = new URLSearchParams(request.query);
    // Zoho takes token parameters from the query string or the form body; the body wins.
    for (const [key, value] of new URLSearchParams(request.body)) params.set(key, value);
    switch (this.routeOf(request.method, request.path)) {
      case 'GET /oauth/v2/auth':
      case 'GET /oauth/v2/auth/refresh':
        return authorize(request.query, this.context);
      case 'POST /oauth/v2/token':
        return tokenEndpoint(params, dataCenter, this);
      case 'POST /oauth/v2/token/revoke':
        return revokeEndpoint(params, dataCenter, this);
      case 'POST /oauth/v2/signin':
        return signIn(new URLSearchParams(request.body), this.context);
      case 'POST /oauth/v2/consent':
        return consent(new URLSearchParams(request.body), this.context);
      default:
        return htmlResponse(404, 'Not found', '<h1>Not found</h1>');
    }
  }

  defaultSession(): string | null {
    return this.world.agents[0]?.email ?? null;
  }

  setSession(email: string | null): void {
    if (email !== null && !this.world.agents.some((agent) => agent.email === email)) {
      throw new Error(`No agent ${email} in world ${this.world.name}`);
    }
    this.session = email;
  }

  getSession(): string | null {
    return this.session;
  }

  setConsentPage(required: boolean): void {
    this.consentRequired = required;
  }

  /** Tokens as a finished code flow would have issued them, for tests that skip the browser. */
  issueToken(options: IssueTokenOptions): { accessToken: string; refreshToken: string | null; dataCenter: DataCenterId } {
    const agent = this.world.agents.find((a) => a.email === options.agentEmail);
    if (!agent) throw new Error(`No agent ${options.agentEmail} in world ${this.world.name}`);
    const clientId = options.clientId ?? DEMO_CLIENT_ID;
    if (!findClient(clientId)) throw new Error(`Unknown client ${clientId}`);
    const grant = { clientId, agentEmail: agent.email, dataCenter: agent.dataCenter, scopes: options.scopes ?? DESK_SCOPES };
    const refreshToken = options.offline === false ? null : this.tokens.issueRefreshToken(grant);
    const { accessToken } = this.tokens.issueAccessToken(grant, refreshToken);
    return { accessToken, refreshToken, dataCenter: agent.dataCenter };
  }

  /** Session and consent back to their defaults; tokens, codes and the clock only when asked. */
  reset(options: { tokens?: boolean } = {}): void {
    this.session = this.defaultSession();
    this.consentRequired = false;
    if (options.tokens) {
      this.tokens.clear();
      this.codes.clear();
      this.clock.reset();
    }
  }
}

export { parseScopes };
