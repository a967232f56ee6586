import { makeError, type ApiError } from '../messages/protocol';
import type { ZohoErrorBody } from './schemas';

// The HTTP status table of api-map.md and Zoho's error codes (Common.json) in plain words. The panel puts a
// headline per kind in front of `message`, so messages here add what is specific, they do not repeat it.

export interface ZohoFailure {
  status: number;
  body: ZohoErrorBody | null;
  requestId: string | null;
  /** Milliseconds from a Retry-After header, when Zoho sent one. */
  retryAfterMs: number | null;
}

const CODE_MESSAGES: Record<string, string> = {
  SCOPE_MISMATCH: 'The Zoho sign-in lacks a permission Desk Companion needs. Disconnect and connect again to grant it.',
  OAUTH_ORG_MISMATCH: 'The Zoho sign-in does not belong to this organization.',
  LICENSE_ACCESS_LIMITED: 'Your Zoho Desk plan does not include this feature.',
  FORBIDDEN: 'Ask your Zoho Desk administrator for the permission.',
  ONLY_LIVECHAT_USER: 'A live-chat-only Zoho user cannot do this.',
  INTEGRATION_ADMIN_ERROR: 'Only an administrator of the integration can do this.',
};

export function mapZohoFailure(failure: ZohoFailure): ApiError {
  // Zoho's text travels to the panel within the protocol's limits (code ≤ 100, message ≤ 2,000 characters):
  // an over-long answer (a proxy's page, a runaway message) would otherwise make the whole reply one the panel
  // refuses, and the agent would lose Zoho's code with it.
  const code = failure.body?.errorCode?.slice(0, 100) ?? null;
  const zohoMessage = failure.body?.message?.trim().slice(0, 1_000) || null;
  const extra = { code, requestId: failure.requestId };

  // Credits are a daily budget, not a momentary limit: retrying cannot help, whatever the status.
  if (code === 'THRESHOLD_EXCEEDED') {
    return makeError('credits-exhausted', 'The daily allowance resets 24 hours after it started; until then Zoho refuses API calls.', extra);
  }
  const status = failure.status;
  if (status === 429 || code === 'TOO_MANY_REQUESTS') {
    return makeError('rate-limited', 'Zoho asked Desk Companion to slow down.', {
      ...extra,
      retryInMs: failure.retryAfterMs ?? 5_000,
    });
  }
  if (status === 401 || code === 'INVALID_OAUTH' || code === 'UNAUTHORIZED') {
    return makeError('auth-failed', 'Zoho no longer accepts this sign-in. Connect to Zoho again.', extra);
  }
  if (status === 403) {
    // Own keys only: a code of "__proto__" or "constructor" must not pick up Object.prototype's members.
    const known = code && Object.hasOwn(CODE_MESSAGES, code) ? CODE_MESSAGES[code] : undefined;
    return makeError('forbidden', known ?? zohoMessage ?? 'Zoho refused this action.', extra);
  }
  if (status === 404) {
    return makeError('not-found', 'This contact, user or help center no longer exists in this portal.', extra);
  }
  if (status === 422 || code === 'INVALID_DATA' || code === 'UNPROCESSABLE_ENTITY') {
    const fields = (failure.body?.errors ?? []).map((error) => error.fieldName).filter((name): name is string => Boolean(name));
    const detail = fields.length ? ` (${fields.join(', ').slice(0, 500)})` : '';
    return makeError('invalid', `${zohoMessage ?? 'Zoho refused the data.'}${detail}`, extra);
  }
  if (status >= 500) {
    return makeError('server', zohoMessage && code !== 'INTERNAL_SERVER_ERROR' ? zohoMessage : 'Zoho had an internal problem. Try again in a moment.', extra);
  }
  if (status >= 400) {
    // 400, 405, 413, 415 and the rest: the request itself was wrong, which is a bug on our side.
    return makeError('bad-request', zohoMessage ?? `Zoho answered HTTP ${status}.`, extra);
  }
  return makeError('unexpected-response', `Zoho answered HTTP ${status}.`, extra);
}

export const unexpectedResponse = (requestId: string | null, detail = 'Zoho sent an answer in a shape Desk Companion does not know.') =>
  makeError('unexpected-response', detail, { requestId });

export const timeoutError = () => makeError('timeout', 'Zoho did not answer in time.');
export const networkError = () => makeError('network', 'The connection to Zoho failed.');
