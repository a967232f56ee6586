// The failure vocabulary shared by the background and the panel. Kept free of zod so the content script can
// use it without bundling a schema library.

export const errorKinds = [
  'not-connected',
  'not-configured',
  'wrong-data-center',
  'portal-not-found',
  'rate-limited',
  'credits-exhausted',
  'forbidden',
  'not-found',
  'invalid',
  'bad-request',
  'server',
  'network',
  'timeout',
  'unexpected-response',
  'auth-failed',
  'bad-message',
  'internal',
  // The background's answer never reached the page (the browser stopped its service worker mid-call): the call
  // may have reached Zoho. Every other failure inside Desk Companion is 'internal': nothing reached Zoho.
  'answer-lost',
] as const;
export type ErrorKind = (typeof errorKinds)[number];

export interface ApiError {
  kind: ErrorKind;
  /** Plain words for the agent. */
  message: string;
  /** Zoho's errorCode, when Zoho sent one. */
  code: string | null;
  /** Zoho's request id, so a support case can be traced. */
  requestId: string | null;
  /** For rate limits: when the background will try again on its own. */
  retryInMs: number | null;
}

export function makeError(kind: ErrorKind, message: string, extra: Partial<ApiError> = {}): ApiError {
  return { kind, message, code: null, requestId: null, retryInMs: null, ...extra };
}

/**
 * Thrown by the Zoho client, sign-in and the handlers to answer with a specific, plain-language failure. Lives
 * here, below the router, so the client can throw it without depending on the message router.
 */
export class CallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'CallError';
  }
}

// Pure: a script that never checks an error (the panel, whose messages the content script sends) drops it.
const knownKinds: ReadonlySet<string> = /* @__PURE__ */ new Set(errorKinds);

/** A structural check of an ApiError, for the side of the wire that carries no schema library. */
export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const error = value as Record<string, unknown>;
  return (
    typeof error.kind === 'string' &&
    knownKinds.has(error.kind) &&
    typeof error.message === 'string' &&
    error.message.length <= 2_000 &&
    (error.code === null || typeof error.code === 'string') &&
    (error.requestId === null || typeof error.requestId === 'string') &&
    (error.retryInMs === null || (Number.isInteger(error.retryInMs) && (error.retryInMs as number) >= 0))
  );
}
