// The contract between the fake Zoho's halves: the Desk API core (desk/, worlds/) and the server shell
// (server.ts, accounts/, agent-page/, control). Each half may add fields, never rename these.
import type { DataCenterId } from './hosts';

export type { DataCenterId };

/** A request as the server shell hands it to the Desk API core. Header names are lower-case. */
export interface FakeRequest {
  method: string;
  /** The Host the browser asked for, without port, e.g. "desk.zoho.eu". */
  host: string;
  /** Path without query string, e.g. "/api/v1/contacts/123/helpCenters". */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  /** Raw request body ("" when none). */
  body: string;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** Raw body; JSON responses are already serialised. Absent for 204. */
  body?: string;
}

/** What the accounts half knows about a valid, unexpired access token. */
export interface TokenInfo {
  dataCenter: DataCenterId;
  clientId: string;
  scopes: string[];
  /** The Zoho user (agent) the token was issued to: an `agents[].email` of the world. */
  agentEmail: string;
}

/** The minimum both halves read from a world; the Desk core's World type extends it. */
export interface WorldBase {
  name: string;
  /** Zoho users who can sign in. An agent lives in one data center and sees the orgs listed. */
  agents: Array<{ email: string; dataCenter: DataCenterId; orgIds: string[] }>;
  orgs: Array<{
    id: string;
    portalName: string;
    companyName: string;
    dataCenter: DataCenterId;
    departments: Array<{ id: string; name: string }>;
    contacts: Array<{ id: string; firstName: string | null; lastName: string; email: string | null; accountId?: string | null }>;
    /** Companies ("accounts"); their contacts name them in accountId. */
    accounts?: Array<{ id: string; accountName: string }>;
  }>;
}

export interface DeskApi {
  /**
   * Answers one `/api/v1/*` request like Desk would: 404 URL_NOT_FOUND for a path the spec lacks, 401
   * INVALID_OAUTH when `auth` is null (missing, unknown, expired token) or from another data center than
   * `host`, orgId required where the spec requires it, 422 for undeclared query parameters or a body that
   * fails the request schema, then the stateful behaviour.
   */
  handle(request: FakeRequest, auth: TokenInfo | null): FakeResponse;
  /** The spec route a request hits, "METHOD /api/v1/template/{param}", or null. Used for faults and latency. */
  routeOf(method: string, path: string): string | null;
  /** A JSON-able snapshot of the mutable state (memberships, user badges, user labels, user groups, contacts). */
  snapshot(): unknown;
  reset(): void;
  /** Users' badges come back as `{data:[…]}` (spec schema) or a bare array (spec example). */
  setBadgesShape(shape: 'data' | 'array'): void;
  /** Every response that failed the spec's response schema since the last reset (should stay empty). */
  responseValidationErrors(): string[];
}
