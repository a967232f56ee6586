// A tiny client for the Desk core in tests: builds FakeRequests the way the server shell does.
import { deskHostOf } from '../hosts';
import { DESK_SCOPES } from '../accounts';
import { createDeskApi } from '../desk';
import type { DataCenterId, FakeResponse, TokenInfo } from '../types';
import { DEMO, loadWorld } from '../worlds';

export function tokenFor(agentEmail: string = DEMO.agent, dataCenter: DataCenterId = 'us'): TokenInfo {
  return { dataCenter, clientId: '1000.TESTCLIENT', scopes: [...DESK_SCOPES], agentEmail };
}

export interface CallOptions {
  body?: unknown;
  /** A raw body string, sent as is. */
  rawBody?: string;
  orgId?: string | null;
  host?: string;
  auth?: TokenInfo | null;
  headers?: Record<string, string>;
}

export interface Result extends FakeResponse {
  json: any;
}

export function deskClient(api = createDeskApi(loadWorld())) {
  /** Spec routes requested so far, for tests that must cover a set of calls. */
  const routes = new Set<string>();
  function call(method: string, url: string, options: CallOptions = {}): Result {
    const parsed = new URL(url, 'https://placeholder.invalid');
    const route = api.routeOf(method, parsed.pathname);
    if (route) routes.add(route);
    const orgId = options.orgId === undefined ? DEMO.orgId : options.orgId;
    const headers: Record<string, string> = { authorization: 'Zoho-oauthtoken test', ...(options.headers ?? {}) };
    if (orgId !== null) headers.orgid = orgId;
    let body = options.rawBody ?? '';
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = api.handle(
      {
        method,
        host: options.host ?? deskHostOf('us'),
        path: parsed.pathname,
        query: parsed.searchParams,
        headers,
        body,
      },
      options.auth === undefined ? tokenFor() : options.auth,
    );
    return { ...response, json: response.body ? JSON.parse(response.body) : undefined };
  }
  return {
    api,
    routes,
    call,
    get: (url: string, options?: CallOptions) => call('GET', url, options),
    post: (url: string, body: unknown, options?: CallOptions) => call('POST', url, { ...options, body }),
    patch: (url: string, body: unknown, options?: CallOptions) => call('PATCH', url, { ...options, body }),
  };
}
