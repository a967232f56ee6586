import https from 'node:https';
import type { IssueTokenOptions } from './accounts/index';
import type { FakeZohoControl } from './control';
import type { FaultSpec } from './faults';
import { CONTROL_HOSTS, ZOHO_HOSTS } from './hosts';
import type { LogEntry } from './request-log';

// Node's global fetch can neither set Host nor accept the fake's self-signed certificate, so both helpers
// below speak HTTPS through node:https, connecting to the fake's port and naming the Zoho host in SNI and Host.

interface RawResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

function rawRequest(
  port: number,
  url: URL,
  init: { method: string; headers: Headers; body: Buffer | null; signal?: AbortSignal | null },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    init.headers.forEach((value, name) => (headers[name] = value));
    headers.host = url.host;
    if (init.body) headers['content-length'] = String(init.body.length);
    const request = https.request(
      {
        host: '127.0.0.1',
        port,
        method: init.method,
        path: `${url.pathname}${url.search}`,
        headers,
        servername: /^[\d.]+$/.test(url.hostname) ? undefined : url.hostname,
        rejectUnauthorized: false,
        agent: false,
        signal: init.signal ?? undefined,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const out = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            if (value === undefined) continue;
            for (const item of Array.isArray(value) ? value : [value]) out.append(name, item);
          }
          resolve({ status: response.statusCode ?? 0, headers: out, body: Buffer.concat(chunks) });
        });
      },
    );
    request.on('error', reject);
    request.end(init.body ?? undefined);
  });
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A `fetch` for unit tests of code that takes an injectable fetch: requests to any Zoho host of
 * the fake's host table (hosts.ts) or the fake's own origin go to the fake; anything else fails like a network error.
 * Redirects are followed only between fake hosts; use `redirect: 'manual'` to see a 302 (as Node's fetch does).
 */
export function fakeFetch(fake: { port: number; domains?: readonly string[] }): typeof fetch {
  const reachable = new Set([...ZOHO_HOSTS, ...CONTROL_HOSTS, ...(fake.domains ?? [])]);
  const fetchFake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    let url = new URL(request.url);
    let method = request.method;
    let body: Buffer | null = method === 'GET' || method === 'HEAD' ? null : Buffer.from(await request.arrayBuffer());
    let headers = new Headers(request.headers);
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'https:' || !reachable.has(url.hostname) || (url.port !== '' && !CONTROL_HOSTS.includes(url.hostname))) {
        throw new TypeError(`fetch failed: ${url.origin} is not served by the fake Zoho`);
      }
      let raw: RawResponse;
      try {
        raw = await rawRequest(fake.port, url, { method, headers, body, signal: request.signal });
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
        throw new TypeError('fetch failed', { cause: error });
      }
      const location = raw.headers.get('location');
      if (raw.status >= 300 && raw.status < 400 && location && request.redirect !== 'manual') {
        if (request.redirect === 'error') throw new TypeError('fetch failed: redirect mode is "error"');
        if (hop >= 20) throw new TypeError('fetch failed: too many redirects');
        url = new URL(location, url);
        if (raw.status === 303 || ((raw.status === 301 || raw.status === 302) && method === 'POST')) {
          method = 'GET';
          body = null;
          headers = new Headers(headers);
          headers.delete('content-type');
        }
        continue;
      }
      const response = new Response(NULL_BODY_STATUSES.has(raw.status) || method === 'HEAD' ? null : new Uint8Array(raw.body), {
        status: raw.status,
        headers: raw.headers,
      });
      Object.defineProperty(response, 'url', { value: url.toString() });
      Object.defineProperty(response, 'redirected', { value: hop > 0 });
      return response;
    }
  };
  return fetchFake as typeof fetch;
}

/** The control API of a fake in another process (`npm run fake-zoho`), with the in-process method names. */
export class FakeZohoClient implements FakeZohoControl {
  private readonly url: URL;

  constructor(origin: string) {
    this.url = new URL(origin);
  }

  private async call<T>(name: string, body: unknown = {}): Promise<T> {
    const raw = await rawRequest(Number(this.url.port || 443), new URL(`/__control/${name}`, this.url), {
      method: 'POST',
      headers: new Headers({ 'content-type': 'application/json' }),
      body: Buffer.from(JSON.stringify(body)),
    });
    const text = raw.body.toString('utf8');
    const parsed: unknown = text ? JSON.parse(text) : null;
    if (raw.status !== 200) {
      const message = parsed && typeof parsed === 'object' && 'error' in parsed ? String(parsed.error) : text;
      throw new Error(`fake-zoho control ${name}: ${raw.status} ${message}`);
    }
    return parsed as T;
  }

  async reset(options: { tokens?: boolean } = {}) {
    await this.call('reset', options);
  }
  async setLatency(options: { route: string; ms: number }) {
    await this.call('setLatency', options);
  }
  async injectFault(fault: FaultSpec) {
    await this.call('injectFault', fault);
  }
  async setConcurrencyLimit(options: { orgId: string; limit: number | null }) {
    await this.call('setConcurrencyLimit', options);
  }
  log() {
    return this.call<LogEntry[]>('log');
  }
  async clearLog() {
    await this.call('clearLog');
  }
  state() {
    return this.call<unknown>('state');
  }
  async expireAccessTokens() {
    await this.call('expireAccessTokens');
  }
  async revokeRefreshTokens() {
    await this.call('revokeRefreshTokens');
  }
  async withdrawScope(scope: string) {
    await this.call('withdrawScope', { scope });
  }
  async setAccountsSession(email: string | null) {
    await this.call('setAccountsSession', { email });
  }
  async setConsentPage(required: boolean) {
    await this.call('setConsentPage', { required });
  }
  issueToken(options: IssueTokenOptions) {
    return this.call<{ accessToken: string; refreshToken: string | null }>('issueToken', options);
  }
  async setBadgesShape(shape: 'data' | 'array') {
    await this.call('setBadgesShape', { shape });
  }
  responseValidationErrors() {
    return this.call<string[]>('responseValidationErrors');
  }
  async advanceTime(ms: number) {
    await this.call('advanceTime', { ms });
  }
}
