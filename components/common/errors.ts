import type { ApiError, ErrorKind, ItemResult } from '@/lib/messages/protocol';

/** What the agent reads when a call fails, by kind: plain words first, Zoho's own message after. */
const HEADLINES: Record<ErrorKind, string> = {
  'not-connected': 'Desk Companion is not connected to Zoho.',
  'not-configured': 'Desk Companion is not set up yet: it needs your organization’s Zoho API client.',
  'wrong-data-center': 'This Desk page is in a different Zoho data center than the account you connected.',
  'portal-not-found': 'This Desk portal is not one of the organizations of the account you connected.',
  'rate-limited': 'Zoho is rate-limiting requests.',
  'credits-exhausted': 'Your organization has used up its Zoho API credits for today.',
  forbidden: 'Your Zoho role lacks the permission for this.',
  'not-found': 'This record no longer exists in this portal.',
  invalid: 'Zoho refused the request.',
  'bad-request': 'Zoho could not understand a request from Desk Companion (a bug on our side).',
  server: 'Zoho had a problem answering.',
  network: 'Zoho could not be reached. Check your connection.',
  timeout: 'Zoho took too long to answer.',
  'unexpected-response': 'Zoho sent an answer Desk Companion does not understand.',
  'auth-failed': 'Signing in to Zoho failed.',
  'bad-message': 'Something went wrong inside Desk Companion.',
  internal: 'Something went wrong inside Desk Companion.',
};

function trace(code: string | null, requestId: string | null): string {
  const parts: string[] = [];
  if (code) parts.push(`Zoho error code: ${code}`);
  if (requestId) parts.push(`request id: ${requestId}`);
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
  return n === 1 ? '1 second' : `${n} seconds`;
}

/** One line for a failed call. `autoRetryInMs` is set when the panel will try again on its own. */
export function describeError(error: ApiError, autoRetryInMs: number | null = null): string {
  const headline = HEADLINES[error.kind] ?? HEADLINES.internal;
  const message = error.message.trim();
  let text = headline;
  if (message && message !== headline) text += ` ${sentence(message)}`;
  if (error.kind === 'rate-limited') {
    if (autoRetryInMs !== null) text += ` Desk Companion will retry in ${inSeconds(autoRetryInMs)}.`;
    else if (error.retryInMs) text += ` Try again in ${inSeconds(error.retryInMs)}.`;
  }
  return text + trace(error.code, error.requestId);
}

const ITEM_CODES: Array<[RegExp, string]> = [
  [/FORBIDDEN|UNAUTHORIZED|SCOPE_MISMATCH|PERMISSION/i, 'Your Zoho role lacks the permission for this.'],
  [/LICENSE/i, 'Your Zoho plan does not include this.'],
  [/NOT_FOUND/i, 'Zoho no longer has this record.'],
  [/TOO_MANY|THRESHOLD/i, 'Zoho is rate-limiting requests.'],
  [/INVALID|UNPROCESSABLE/i, 'Zoho refused the change.'],
  [/INTERNAL|SERVER/i, 'Zoho had a problem applying the change.'],
];

/** One line for an item Zoho reported as failed inside a 200 mass-action answer. */
export function describeItemFailure(action: string, item: Pick<ItemResult, 'errorCode' | 'message'> | undefined): string {
  if (!item) return `${action} failed: Zoho did not report a result for it.`;
  const known = ITEM_CODES.find(([pattern]) => item.errorCode && pattern.test(item.errorCode))?.[1];
  const message = item.message?.trim();
  let text = `${action} failed.`;
  if (known) text += ` ${known}`;
  if (message) text += ` ${sentence(message)}`;
  if (!known && !message) text += ' Zoho did not apply the change.';
  return text + trace(item.errorCode, null);
}

/** The failure of a whole call, for a write. */
export function describeWriteError(action: string, error: ApiError): string {
  return `${action} failed. ${describeError(error)}`;
}
