import type { AccountsServer, IssueTokenOptions } from './accounts/index';
import type { Clock } from './clock';
import { parseFaultKind, type ConcurrencyLimits, type FaultPlan, type FaultSpec } from './faults';
import { jsonResponse } from './html';
import type { LogEntry, RequestLog } from './request-log';
import type { DeskApi, FakeRequest, FakeResponse } from './types';

/**
 * What a test can do to a running fake. In-process tests call these on `fake.control`; other processes use
 * the same names over HTTPS (`/__control/<name>`, JSON bodies) through `FakeZohoClient`.
 */
export interface FakeZohoControl {
  /** Desk state, log, faults, latency and the accounts session back to the start; tokens too with `{tokens: true}`. */
  reset(options?: { tokens?: boolean }): Promise<void>;
  /** Route "*" sets the default for every route without its own latency. */
  setLatency(options: { route: string; ms: number }): Promise<void>;
  injectFault(fault: FaultSpec): Promise<void>;
  /** At most `limit` Desk API calls of the org at once, 429 past it (null: no limit, the start). */
  setConcurrencyLimit(options: { orgId: string; limit: number | null }): Promise<void>;
  log(): Promise<LogEntry[]>;
  clearLog(): Promise<void>;
  /** deskApi.snapshot(). */
  state(): Promise<unknown>;
  expireAccessTokens(): Promise<void>;
  revokeRefreshTokens(): Promise<void>;
  /** Every grant so far loses `scope`, as if made before the extension asked for it. */
  withdrawScope(scope: string): Promise<void>;
  /** Who the browser is signed in to Zoho as; null shows the sign-in page on authorize. */
  setAccountsSession(email: string | null): Promise<void>;
  /** Make `prompt=consent` show an Accept/Reject page (off by default: authorize redirects at once). */
  setConsentPage(required: boolean): Promise<void>;
  issueToken(options: IssueTokenOptions): Promise<{ accessToken: string; refreshToken: string | null }>;
  setBadgesShape(shape: 'data' | 'array'): Promise<void>;
  responseValidationErrors(): Promise<string[]>;
  /** Moves the accounts clock forward (token expiry, code lifetime, refresh rate-limit window). */
  advanceTime(ms: number): Promise<void>;
}

export interface ControlDeps {
  deskApi: DeskApi;
  accounts: AccountsServer;
  faults: FaultPlan;
  concurrency: ConcurrencyLimits;
  log: RequestLog;
  clock: Clock;
  defaultLatencyMs: number;
  /** Ends requests held by "hang" faults. */
  releaseHanging(): void;
}

export function createControl(deps: ControlDeps): FakeZohoControl {
  return {
    async reset(options = {}) {
      deps.releaseHanging();
      deps.deskApi.reset();
      deps.faults.reset(deps.defaultLatencyMs);
      deps.concurrency.reset();
      deps.log.clear();
      deps.accounts.reset(options);
    },
    async setLatency({ route, ms }) {
      deps.faults.setLatency(route, ms);
    },
    async injectFault(fault) {
      deps.faults.inject(fault);
    },
    async setConcurrencyLimit({ orgId, limit }) {
      deps.concurrency.set(orgId, limit);
    },
    async log() {
      return deps.log.list();
    },
    async clearLog() {
      deps.log.clear();
    },
    async state() {
      return deps.deskApi.snapshot();
    },
    async expireAccessTokens() {
      deps.accounts.tokens.expireAccessTokens();
    },
    async revokeRefreshTokens() {
      deps.accounts.tokens.revokeRefreshTokens();
    },
    async withdrawScope(scope) {
      deps.accounts.tokens.withdrawScope(scope);
    },
    async setAccountsSession(email) {
      deps.accounts.setSession(email);
    },
    async setConsentPage(required) {
      deps.accounts.setConsentPage(required);
    },
    async issueToken(options) {
      const { accessToken, refreshToken } = deps.accounts.issueToken(options);
      return { accessToken, refreshToken };
    },
    async setBadgesShape(shape) {
      if (shape !== 'data' && shape !== 'array') throw new Error(`Badges shape must be "data" or "array", got ${JSON.stringify(shape)}`);
      deps.deskApi.setBadgesShape(shape);
    },
    async responseValidationErrors() {
      return deps.deskApi.responseValidationErrors();
    },
    async advanceTime(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`advanceTime needs a non-negative number of ms, got ${ms}`);
      deps.clock.advance(ms);
    },
  };
}

type Body = Record<string, unknown>;

const str = (body: Body, key: string): string => {
  const value = body[key];
  if (typeof value !== 'string') throw new Error(`"${key}" must be a string`);
  return value;
};
const num = (body: Body, key: string): number => {
  const value = body[key];
  if (typeof value !== 'number') throw new Error(`"${key}" must be a number`);
  return value;
};
const optionalNum = (body: Body, key: string): number | undefined => (body[key] === undefined ? undefined : num(body, key));

/** The HTTP face of the control object: one route per method, the method's argument as the JSON body. */
const ROUTES: Record<string, (control: FakeZohoControl, body: Body) => Promise<unknown>> = {
  reset: (c, b) => c.reset({ tokens: b.tokens === true }),
  setLatency: (c, b) => c.setLatency({ route: str(b, 'route'), ms: num(b, 'ms') }),
  injectFault: (c, b) =>
    c.injectFault({
      route: str(b, 'route'),
      kind: parseFaultKind(b.kind),
      count: optionalNum(b, 'count'),
      retryAfterSeconds: optionalNum(b, 'retryAfterSeconds'),
      errorCode: b.errorCode === undefined ? undefined : str(b, 'errorCode'),
      message: b.message === undefined ? undefined : str(b, 'message'),
    }),
  setConcurrencyLimit: (c, b) => c.setConcurrencyLimit({ orgId: str(b, 'orgId'), limit: b.limit === null ? null : num(b, 'limit') }),
  log: (c) => c.log(),
  clearLog: (c) => c.clearLog(),
  state: (c) => c.state(),
  expireAccessTokens: (c) => c.expireAccessTokens(),
  revokeRefreshTokens: (c) => c.revokeRefreshTokens(),
  withdrawScope: (c, b) => c.withdrawScope(str(b, 'scope')),
  setAccountsSession: (c, b) => c.setAccountsSession(b.email === null || b.email === undefined ? null : str(b, 'email')),
  setConsentPage: (c, b) => c.setConsentPage(b.required === true),
  issueToken: (c, b) =>
    c.issueToken({
      agentEmail: str(b, 'agentEmail'),
      clientId: b.clientId === undefined ? undefined : str(b, 'clientId'),
      scopes: Array.isArray(b.scopes) ? b.scopes.map(String) : undefined,
      offline: b.offline === undefined ? undefined : b.offline === true,
    }),
  setBadgesShape: (c, b) => c.setBadgesShape(str(b, 'shape') as 'data' | 'array'),
  responseValidationErrors: (c) => c.responseValidationErrors(),
  advanceTime: (c, b) => c.advanceTime(num(b, 'ms')),
};

export const CONTROL_PREFIX = '/__control/';

/** `/__control/<name>` on 127.0.0.1: GET for the readers, POST with a JSON body for everything. */
export async function handleControlRequest(control: FakeZohoControl, request: FakeRequest): Promise<FakeResponse> {
  if (!request.path.startsWith(CONTROL_PREFIX)) {
    return jsonResponse(404, { error: `The control API lives under ${CONTROL_PREFIX}`, routes: Object.keys(ROUTES) });
  }
  const name = request.path.slice(CONTROL_PREFIX.length);
  const route = Object.hasOwn(ROUTES, name) ? ROUTES[name] : undefined;
  if (!route) return jsonResponse(404, { error: `No control route ${name}`, routes: Object.keys(ROUTES) });
  if (request.method !== 'POST' && request.method !== 'GET') return jsonResponse(405, { error: 'Use GET or POST' });
  let body: Body = {};
  try {
    const parsed: unknown = request.body.trim() ? JSON.parse(request.body) : {};
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('The body must be a JSON object');
    body = parsed as Body;
    const result = await route(control, body);
    return jsonResponse(200, result ?? null);
  } catch (error) {
    return jsonResponse(400, { error: error instanceof Error ? error.message : String(error) });
  }
}
