import type { DataCenterId } from '../data-centers';
import { dataCenterName, t } from '../i18n';
import { makeError, type OrgRef } from '../messages/protocol';
import { CallError } from '../messages/errors';
import { notConnected } from '../auth/errors';
import { portalAllowed, type EffectiveConfig } from '../config';
import type { OrgContext } from '../zoho/context';
import type { ZohoHttp } from '../zoho/http';
import { listOrganizations, type Organization } from '../zoho/organizations';
import { REFERENCE, type ReadCache } from './cache';

const label = (dataCenter: DataCenterId) => `${dataCenterName(dataCenter)} (${dataCenter})`;

// A portal missing from a list this old may be one the agent just joined: ask Zoho once more.
const RECHECK_AFTER_MS = 60_000;

export interface OrgResolverDeps {
  http: ZohoHttp;
  cache: ReadCache;
  loadConfig: () => Promise<EffectiveConfig>;
  accountDataCenter: () => Promise<DataCenterId | null>;
}

/**
 * Which org a page is about: the account's orgs (GET /api/v1/organizations, cached per sign-in) matched to the
 * page's `/agent/<portal>/`. Agents often belong to several portals, and a page can be in another data center
 * than the account — both get a plain message, never an error dump.
 */
export function createOrgResolver(deps: OrgResolverDeps) {
  const orgsKey = (dataCenter: DataCenterId) => `orgs|${dataCenter}`;
  const orgsOf = (dataCenter: DataCenterId) =>
    deps.cache.get(orgsKey(dataCenter), REFERENCE, () => listOrganizations(deps.http, dataCenter));

  return async function resolveOrg(org: OrgRef): Promise<OrgContext> {
    // Both are held in the background's memory once read: asked together, a worker that just woke waits for one
    // storage read instead of two in a row.
    const [config, accountDc] = await Promise.all([deps.loadConfig(), deps.accountDataCenter()]);
    if (!portalAllowed(config, org.portal)) {
      throw new CallError(
        makeError('portal-not-found', t('orgPortalNotAllowed', org.portal), { code: 'PORTAL_NOT_ALLOWED' }),
      );
    }
    if (!accountDc) throw notConnected();
    const pageDc = org.dataCenter as DataCenterId;
    if (pageDc !== accountDc) {
      throw new CallError(
        makeError(
          'wrong-data-center',
          t('orgWrongDataCenter', label(pageDc), label(accountDc)),
        ),
      );
    }
    const portal = org.portal.toLowerCase();
    const find = (orgs: Organization[]) => orgs.find((candidate) => candidate.portalName?.toLowerCase() === portal);
    let found = find(await orgsOf(accountDc));
    if (!found && (deps.cache.ageOf(orgsKey(accountDc)) ?? 0) > RECHECK_AFTER_MS) {
      deps.cache.invalidate(orgsKey(accountDc));
      found = find(await orgsOf(accountDc));
    }
    if (!found) {
      throw new CallError(
        makeError('portal-not-found', t('orgPortalNotVisible', org.portal)),
      );
    }
    return { http: deps.http, dataCenter: accountDc, orgId: found.id };
  };
}
export type ResolveOrg = ReturnType<typeof createOrgResolver>;
