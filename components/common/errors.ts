import { t, type MessageKey } from '@/lib/i18n';
import type { ApiError, ErrorKind, ItemResult } from '@/lib/messages/protocol';

/** What the agent reads when a call fails, by kind: plain words first, Zoho's own message after. */
const HEADLINES: Record<ErrorKind, MessageKey> = {
  'not-connected': 'errNotConnected',
  'not-configured': 'errNotConfigured',
  'wrong-data-center': 'errWrongDataCenter',
  'portal-not-found': 'errPortalNotFound',
  'rate-limited': 'errRateLimited',
  'credits-exhausted': 'errCreditsExhausted',
  forbidden: 'errForbidden',
  'not-found': 'errNotFound',
  invalid: 'errInvalid',
  'bad-request': 'errBadRequest',
  server: 'errServer',
  network: 'errNetwork',
  timeout: 'errTimeout',
  'unexpected-response': 'errUnexpectedResponse',
  'auth-failed': 'errAuthFailed',
  'bad-message': 'errInternal',
  internal: 'errInternal',
  'answer-lost': 'errInternal',
};

function trace(code: string | null, requestId: string | null): string {
  const parts: string[] = [];
  if (code) parts.push(t('errCode', code));
  if (requestId) parts.push(t('errRequestId', requestId));
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function inSeconds(ms: number): string {
  const n = seconds(ms);
  return n === 1 ? t('errSecondsOne') : t('errSecondsOther', n);
}

/** One line for a failed call. `autoRetryInMs` is set when the panel will try again on its own. */
export function describeError(error: ApiError, autoRetryInMs: number | null = null): string {
  const headline = t(HEADLINES[error.kind] ?? HEADLINES.internal);
  const message = error.message.trim();
  let text = headline;
  if (message && message !== headline) text += ` ${sentence(message)}`;
  if (error.kind === 'rate-limited') {
    if (autoRetryInMs !== null) text += ` ${t('errAutoRetry', inSeconds(autoRetryInMs))}`;
    else if (error.retryInMs) text += ` ${t('errTryAgain', inSeconds(error.retryInMs))}`;
  }
  return text + trace(error.code, error.requestId);
}

const ITEM_CODES: Array<[RegExp, MessageKey]> = [
  [/FORBIDDEN|UNAUTHORIZED|SCOPE_MISMATCH|PERMISSION/i, 'errForbidden'],
  [/LICENSE/i, 'errItemLicense'],
  [/NOT_FOUND/i, 'errItemNotFound'],
  [/TOO_MANY|THRESHOLD/i, 'errRateLimited'],
  [/INVALID|UNPROCESSABLE/i, 'errItemInvalid'],
  [/INTERNAL|SERVER/i, 'errItemServer'],
];

/** One line for an item Zoho reported as failed inside a 200 mass-action answer. */
export function describeItemFailure(action: string, item: Pick<ItemResult, 'errorCode' | 'message'> | undefined): string {
  if (!item) return t('errNoResult', action);
  const known = ITEM_CODES.find(([pattern]) => item.errorCode && pattern.test(item.errorCode))?.[1];
  const message = item.message?.trim();
  let text = t('errActionFailed', action);
  if (known) text += ` ${t(known)}`;
  if (message) text += ` ${sentence(message)}`;
  if (!known && !message) text += ` ${t('errNotApplied')}`;
  return text + trace(item.errorCode, null);
}

/** The failure of a whole call, for a write. */
export function describeWriteError(action: string, error: ApiError): string {
  return `${t('errActionFailed', action)} ${describeError(error)}`;
}
