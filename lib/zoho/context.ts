import type { DataCenterId } from '../data-centers';
import type { ZohoHttp } from './http';

/** What every per-org call needs: the request layer, the Desk host's data center, and the org's id. */
export interface OrgContext {
  http: ZohoHttp;
  dataCenter: DataCenterId;
  orgId: string;
  signal?: AbortSignal;
  /** Overrides the request layer's timeout for every call made with this context. */
  timeoutMs?: number;
}
