import * as z from 'zod/mini';
import type { DataCenterId } from '../data-centers';
import type { ZohoHttp } from './http';
import { listOf } from './paging';
import { text, zId } from './schemas';

export interface Organization {
  id: string;
  portalName: string | null;
  companyName: string | null;
}

const organization = z.object({ id: zId, portalName: text, companyName: text });

/** Every org the signed-in agent belongs to. The only Desk call without an orgId header. */
export async function listOrganizations(http: ZohoHttp, dataCenter: DataCenterId, signal?: AbortSignal): Promise<Organization[]> {
  return http({ dataCenter, method: 'GET', path: '/api/v1/organizations', orgId: null, schema: listOf(organization), signal });
}
