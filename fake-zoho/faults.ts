// What a test can make the fake do to a route: answer slowly, or fail the next N requests in a chosen way.
// A route key is what DeskApi.routeOf returns ("GET /api/v1/contacts/{contactId}/helpCenters"), or
// "POST /oauth/v2/token" for accounts; "*" matches every route.

// "hang": no answer, nothing done. "lost-answer": Zoho does what was asked, then its answer never comes (a dropped
// connection after the write, or a service worker stopped while waiting): what a read-back has to find out.
export type FaultKind = 401 | 403 | 429 | 500 | 'malformed' | 'hang' | 'lost-answer' | 'reset';
export const FAULT_KINDS: readonly FaultKind[] = [401, 403, 429, 500, 'malformed', 'hang', 'lost-answer', 'reset'];

export interface FaultSpec {
  route: string;
  kind: FaultKind;
  /** How many of the next matching requests fail (default 1); later ones are answered normally. */
  count?: number;
  /** 429 only: send `Retry-After: <seconds>` (real Desk does not always send one, so it is opt-in). */
  retryAfterSeconds?: number;
  /** Overrides the Desk error code, e.g. "THRESHOLD_EXCEEDED" for a 429 or "SCOPE_MISMATCH" for a 403. */
  errorCode?: string;
  message?: string;
}

export const WILDCARD_ROUTE = '*';

/** Accepts "429" as well as 429, since the HTTP control API and the CLI deal in strings. */
export function parseFaultKind(value: unknown): FaultKind {
  const kind = FAULT_KINDS.find((k) => String(k) === String(value));
  if (kind === undefined) throw new Error(`Unknown fault kind ${JSON.stringify(value)}; expected one of ${FAULT_KINDS.join(', ')}`);
  return kind;
}

export class FaultPlan {
  private readonly queues = new Map<string, Array<FaultSpec & { remaining: number }>>();
  private readonly latency = new Map<string, number>();

  constructor(private defaultLatencyMs = 0) {}

  inject(spec: FaultSpec): void {
    const kind = parseFaultKind(spec.kind);
    const remaining = spec.count ?? 1;
    if (!Number.isInteger(remaining) || remaining < 0) throw new Error(`Fault count must be a whole number, got ${spec.count}`);
    if (remaining === 0) return;
    const queue = this.queues.get(spec.route) ?? [];
    queue.push({ ...spec, kind, remaining });
    this.queues.set(spec.route, queue);
  }

  /** The fault for this request, if any, counting it against its budget. A route's own faults go first. */
  take(route: string): FaultSpec | undefined {
    for (const key of [route, WILDCARD_ROUTE]) {
      const queue = this.queues.get(key);
      const head = queue?.[0];
      if (!queue || !head) continue;
      head.remaining -= 1;
      if (head.remaining <= 0) queue.shift();
      if (queue.length === 0) this.queues.delete(key);
      const { remaining: _remaining, ...spec } = head;
      return spec;
    }
    return undefined;
  }

  /** "*" changes the default for every route without its own setting. */
  setLatency(route: string, ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`Latency must be a non-negative number, got ${ms}`);
    if (route === WILDCARD_ROUTE) this.defaultLatencyMs = ms;
    else this.latency.set(route, ms);
  }

  latencyOf(route: string): number {
    return this.latency.get(route) ?? this.defaultLatencyMs;
  }

  reset(defaultLatencyMs: number): void {
    this.queues.clear();
    this.latency.clear();
    this.defaultLatencyMs = defaultLatencyMs;
  }
}

const FAULT_ERRORS: Record<401 | 403 | 429 | 500, { errorCode: string; message: string }> = {
  401: { errorCode: 'INVALID_OAUTH', message: 'The OAuth Token you provided is invalid.' },
  403: { errorCode: 'FORBIDDEN', message: 'You do not have sufficient permission to perform this operation.' },
  429: { errorCode: 'TOO_MANY_REQUESTS', message: 'You have made too many requests. Please try again after some time.' },
  500: { errorCode: 'INTERNAL_SERVER_ERROR', message: 'An internal server error occurred while performing this operation.' },
};

/** The answer for a fault that answers at all ("hang", "lost-answer" and "reset" are the server's business). */
export function faultResponse(spec: FaultSpec): { status: number; headers: Record<string, string>; body: string } {
  const headers: Record<string, string> = { 'content-type': 'application/json;charset=UTF-8' };
  if (spec.kind === 'malformed') return { status: 200, headers, body: '{"data":[{"id":"1","name":' };
  if (spec.kind === 'hang' || spec.kind === 'lost-answer' || spec.kind === 'reset') throw new Error(`${spec.kind} has no response`);
  const base = FAULT_ERRORS[spec.kind];
  if (spec.kind === 429 && spec.retryAfterSeconds !== undefined) headers['retry-after'] = String(spec.retryAfterSeconds);
  return {
    status: spec.kind,
    headers,
    body: JSON.stringify({ errorCode: spec.errorCode ?? base.errorCode, message: spec.message ?? base.message }),
  };
}

/**
 * Zoho's limit on concurrent calls per org (5 on Free, up to 25), shared with every other integration of the org:
 * past it Desk answers 429 without doing anything. Off (no limit) until a test sets one.
 */
export class ConcurrencyLimits {
  private readonly limits = new Map<string, number>();
  private readonly running = new Map<string, number>();

  set(orgId: string, limit: number | null): void {
    if (limit === null) return void this.limits.delete(orgId);
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`A concurrency limit is a whole number from 1, got ${limit}`);
    this.limits.set(orgId, limit);
  }

  /** A slot for one request of `orgId` (release it when the answer is sent), or null when the org is at its limit. */
  admit(orgId: string): (() => void) | null {
    const count = this.running.get(orgId) ?? 0;
    const limit = this.limits.get(orgId);
    if (limit !== undefined && count >= limit) return null;
    this.running.set(orgId, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running.set(orgId, (this.running.get(orgId) ?? 1) - 1);
    };
  }

  reset(): void {
    this.limits.clear();
  }
}
