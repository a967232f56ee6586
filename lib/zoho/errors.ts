import { t, type MessageKey } from '../i18n';
import { makeError, type ApiError } from '../messages/errors';
import type { ZohoErrorBody } from './schemas';

// Zoho's HTTP statuses and error codes (fake-zoho/oas/spec/v1.0/Common.json) in plain words. The panel puts a
// headline per kind in front of `message`, so messages here add what is specific, they do not repeat it.

export interface ZohoFailure {
  status: number;
  body: ZohoErrorBody | null;
  requestId: string | null;
  /** Milliseconds from a Retry-After header, when Zoho sent one. */
  retryAfterMs: number | null;
}

const CODE_MESSAGES: Record<string, MessageKey> = {
  SCOPE_MISMATCH: 'zohoScopeMismatch',
  OAUTH_ORG_MISMATCH: 'zohoOrgMismatch',
  LICENSE_ACCESS_LIMITED: 'zohoLicenseLimited',
  FORBIDDEN: 'zohoAskAdmin',
  ONLY_LIVECHAT_USER: 'zohoLiveChatOnly',
  INTEGRATION_ADMIN_ERROR: 'zohoIntegrationAdmin',
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
    return makeError('credits-exhausted', t('zohoCreditsReset'), extra);
  }
  // Desk answers a token without the operation's scope with 401: signing in again, not refreshing, fixes it.
  if (code === 'SCOPE_MISMATCH') return makeError('forbidden', t('zohoScopeMismatch'), extra);
  const status = failure.status;
  if (status === 429 || code === 'TOO_MANY_REQUESTS') {
    return makeError('rate-limited', t('zohoSlowDown'), {
      ...extra,
      retryInMs: failure.retryAfterMs ?? 5_000,
    });
  }
  if (status === 401 || code === 'INVALID_OAUTH' || code === 'UNAUTHORIZED') {
    return makeError('auth-failed', t('zohoSignInRefused'), extra);
  }
  if (status === 403) {
    // Own keys only: a code of "__proto__" or "constructor" must not pick up Object.prototype's members.
    const known = code && Object.hasOwn(CODE_MESSAGES, code) ? t(CODE_MESSAGES[code]!) : undefined;
    return makeError('forbidden', known ?? zohoMessage ?? t('zohoRefusedAction'), extra);
  }
  if (status === 404) {
    return makeError('not-found', t('zohoNotFound'), extra);
  }
  if (status === 422 || code === 'INVALID_DATA' || code === 'UNPROCESSABLE_ENTITY') {
    const fields = (failure.body?.errors ?? []).map((error) => error.fieldName).filter((name): name is string => Boolean(name));
    const detail = fields.length ? ` (${fields.join(', ').slice(0, 500)})` : '';
    return makeError('invalid', `${zohoMessage ?? t('zohoRefusedData')}${detail}`, extra);
  }
  if (status >= 500) {
    return makeError('server', zohoMessage && code !== 'INTERNAL_SERVER_ERROR' ? zohoMessage : t('zohoInternal'), extra);
  }
  if (status >= 400) {
    // 400, 405, 413, 415 and the rest: the request itself was wrong, which is a bug on our side.
    return makeError('bad-request', zohoMessage ?? t('zohoHttpStatus', status), extra);
  }
  return makeError('unexpected-response', t('zohoHttpStatus', status), extra);
}

export const unexpectedResponse = (requestId: string | null, detail = t('zohoUnknownShape')) =>
  makeError('unexpected-response', detail, { requestId });

export const timeoutError = () => makeError('timeout', t('zohoTimeout'));
export const networkError = () => makeError('network', t('zohoConnectionFailed'));
