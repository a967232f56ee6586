import type { ZodMiniType } from 'zod/mini';
import { DATA_CENTERS, type DataCenterId } from '../data-centers';
import { t } from '../i18n';
import { CallError } from '../messages/errors';
import { backoffDelay, DEFAULT_BACKOFF, parseRetryAfter, sleep as realSleep, type BackoffPolicy } from './backoff';
import { mapZohoFailure, networkError, timeoutError, unexpectedResponse, type ZohoFailure } from './errors';
import { parseJsonLossless } from './json';
import { KeyedLimiter } from './limiter';
import { errorBody } from './schemas';

/** Where the request layer gets its access token; implemented by the auth session. */
export interface AccessTokens {
  /** A token believed valid (the session refreshes ahead of expiry). Throws a CallError when not connected. */
  current(): Promise<string>;
  /** Zoho refused `rejected`: a fresh token (one refresh shared by every caller), or a CallError. */
  renew(rejected: string): Promise<string>;
}

export interface ZohoHttpDeps {
  fetch: typeof fetch;
  tokens: AccessTokens;
  timeoutMs?: number;
  backoff?: BackoffPolicy;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  limiter?: KeyedLimiter;
}

export type QueryValue = string | number | boolean | undefined;

export interface ZohoCall<T> {
  dataCenter: DataCenterId;
  method: 'GET' | 'POST' | 'PATCH';
  /** Exactly as the spec names it, e.g. "/api/v1/contacts/123/helpCenters". */
  path: string;
  /** Only parameters the spec declares: Desk answers 422 to any other. */
  query?: Record<string, QueryValue>;
  /** Sent as the `orgId` header; null only for GET /api/v1/organizations. */
  orgId: string | null;
  body?: unknown;
  /** Parses the answer; an empty body (204) is given to it as null. */
  schema: ZodMiniType<T>;
  signal?: AbortSignal;
  /** How long to wait for Zoho's answer; by default READ_TIMEOUT_MS or WRITE_TIMEOUT_MS. */
  timeoutMs?: number;
}

// The panel says it is still waiting after 3 s and shows the alert with Retry by 10 s at the latest. A read
// gets 8 s. A write gets 6 s, so that when it hangs, reading its outcome back (READ_BACK_TIMEOUT_MS) still
// ends before 10 s and Retry is offered only once Zoho's state is known.
export const READ_TIMEOUT_MS = 8_000;
export const WRITE_TIMEOUT_MS = 6_000;
export const READ_BACK_TIMEOUT_MS = 3_000;

export type ZohoHttp = <T>(call: ZohoCall<T>) => Promise<T>;

// Zoho's edge names the request in one of these; the first present wins.
const REQUEST_ID_HEADERS = ['x-request-id', 'x-zoho-request-id', 'request-id', 'x-requestid'];

type Outcome<T> =
  | { type: 'ok'; value: T }
  | { type: 'http'; failure: ZohoFailure }
  | { type: 'timeout' }
  | { type: 'network' };

export function createZohoHttp(deps: ZohoHttpDeps): ZohoHttp {
  const policy = deps.backoff ?? DEFAULT_BACKOFF;
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? Math.random;
  const limiter = deps.limiter ?? new KeyedLimiter();

  return async function send<T>(call: ZohoCall<T>): Promise<T> {
    const isRead = call.method === 'GET';
    let token = await deps.tokens.current();
    let renewed = false;
    // Chromium throttles an extension's requests to a URL that keeps answering 5xx: the retry then fails
    // before it leaves the browser, like a dropped network. Zoho did answer, so for a read its 5xx is what
    // is reported. (A write's network failure stays one: it may have been executed, and is read back.)
    let lastServerError: Extract<Outcome<T>, { type: 'http' }> | null = null;
    for (let attempt = 0; ; attempt++) {
      const outcome = await limiter.run(call.orgId ?? `dc:${call.dataCenter}`, () => attemptOnce(call, token));
      if (outcome.type === 'ok') return outcome.value;
      if (outcome.type === 'http' && outcome.failure.status >= 500) lastServerError = outcome;

      // A missing scope is a 401 too, but a refreshed token carries the same scopes: no refresh for that one.
      if (outcome.type === 'http' && outcome.failure.status === 401 && !renewed && outcome.failure.body?.errorCode !== 'SCOPE_MISMATCH') {
        // Expired or revoked: one refresh (shared with every other caller that saw the same 401), one retry.
        token = await deps.tokens.renew(token);
        renewed = true;
        attempt--;
        continue;
      }
      if (!shouldRetry(outcome, isRead) || attempt + 1 >= policy.maxAttempts) {
        throw new CallError(toApiError(isRead && outcome.type === 'network' && lastServerError ? lastServerError : outcome, attempt));
      }
      const retryAfter = outcome.type === 'http' ? outcome.failure.retryAfterMs : null;
      await sleep(backoffDelay(attempt, policy, random, retryAfter), call.signal);
    }
  };

  function toApiError(outcome: Exclude<Outcome<unknown>, { type: 'ok' }>, attempt: number) {
    if (outcome.type === 'timeout') return timeoutError();
    if (outcome.type === 'network') return networkError();
    const error = mapZohoFailure(outcome.failure);
    if (error.kind === 'rate-limited' && outcome.failure.retryAfterMs === null) {
      // Tell the panel when trying again makes sense: the next step of our own backoff.
      error.retryInMs = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt + 1));
    }
    return error;
  }

  async function attemptOnce<T>(call: ZohoCall<T>, token: string): Promise<Outcome<T>> {
    const url = new URL(call.path, `https://${DATA_CENTERS[call.dataCenter].deskHost}`);
    for (const [name, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = {
      Authorization: `Zoho-oauthtoken ${token}`,
      Accept: 'application/json',
    };
    if (call.orgId !== null) headers.orgId = call.orgId;
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';

    const timeout = new AbortController();
    const timeoutMs = call.timeoutMs ?? deps.timeoutMs ?? (call.method === 'GET' ? READ_TIMEOUT_MS : WRITE_TIMEOUT_MS);
    const timer = setTimeout(() => timeout.abort(new DOMException('Zoho did not answer in time', 'TimeoutError')), timeoutMs);
    const signal = call.signal ? anySignal([call.signal, timeout.signal]) : timeout.signal;
    let response: Response;
    let body: string;
    try {
      response = await deps.fetch(url.href, {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal,
        // Tokens travel in the header only; never let a cookie of the agent's Desk session ride along.
        credentials: 'omit',
      });
      body = await response.text();
    } catch (error) {
      // The caller gave up: not Zoho's failure, so it is not mapped or retried.
      if (call.signal?.aborted) throw call.signal.reason;
      return timeout.signal.aborted ? { type: 'timeout' } : { type: 'network' };
    } finally {
      clearTimeout(timer);
    }

    const requestId = readRequestId(response.headers);
    if (response.ok) {
      let json: unknown = null;
      if (body.trim() !== '') {
        try {
          json = parseJsonLossless(body);
        } catch {
          throw new CallError(unexpectedResponse(requestId, t('zohoNotJson')));
        }
      }
      const parsed = call.schema.safeParse(json);
      if (!parsed.success) throw new CallError(unexpectedResponse(requestId));
      return { type: 'ok', value: parsed.data };
    }
    let errorJson: unknown = null;
    try {
      errorJson = body.trim() ? parseJsonLossless(body) : null;
    } catch {
      // An HTML error page from a proxy: the status alone still says what happened.
    }
    const parsedError = errorBody.safeParse(errorJson);
    return {
      type: 'http',
      failure: {
        status: response.status,
        body: parsedError.success ? parsedError.data : null,
        requestId,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
      },
    };
  }
}

function shouldRetry(outcome: Exclude<Outcome<unknown>, { type: 'ok' }>, isRead: boolean): boolean {
  if (outcome.type === 'http') {
    const { status, body } = outcome.failure;
    // A daily credit budget does not come back in seconds.
    if (body?.errorCode === 'THRESHOLD_EXCEEDED') return false;
    // A 429 means Zoho did not execute the request, so even a write is safe to send again.
    if (status === 429) return true;
    return isRead && status >= 500;
  }
  // A timed-out read has already kept the agent waiting the whole timeout: say so (with Retry) instead of
  // waiting up to maxAttempts times as long. A timed-out or dropped write may have been executed: the
  // handler reads the state back instead.
  if (outcome.type === 'timeout') return false;
  return isRead;
}

function readRequestId(headers: Headers): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value.slice(0, 200);
  }
  return null;
}

function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
