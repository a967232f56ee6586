import { browser } from 'wxt/browser';
import { loadConfig as loadStoredConfig, optionsClientItem, saveOptionsClient, type EffectiveConfig } from '../config';
import { createAuthSession, type AuthSession } from '../auth/session';
import { t } from '../i18n';
import { ZOHO_SCOPES } from '../auth/scopes';
import { restrictStorageToTrustedContexts } from '../auth/token-store';
import { getRedirectUrl, launchWebAuthFlow as realLaunchWebAuthFlow, type LaunchWebAuthFlow } from '../auth/web-auth-flow';
import { makeError, type CallKind, type ConfigView, type Contact, type ItemResult, type Membership } from '../messages/protocol';
import { CallError, type Handlers, type SenderInfo } from '../messages/router';
import type { BackoffPolicy } from '../zoho/backoff';
import { associateBadges, dissociateBadges, listBadges, listUserBadges } from '../zoho/badges';
import { approveInvite, getContact, getContactHelpCenters, inviteContact, mergeContacts, rejectInvite } from '../zoho/contacts';
import type { OrgContext } from '../zoho/context';
import { findDuplicates } from '../zoho/group-contacts';
import { listHelpCenters } from '../zoho/help-centers';
import { createZohoHttp, type ZohoHttp } from '../zoho/http';
import { assignLabels, listLabels, listUserLabels, removeLabels } from '../zoho/labels';
import { setUserStatus } from '../zoho/users';
import { PER_CONTACT, REFERENCE, ReadCache } from './cache';
import { createDiagnostics, type Diagnostics } from './diagnostics';
import { createOrgResolver } from './org-resolver';
import { approved, doneIf, hasStatus, invited, itemsFromState, rejected, writeOrReadBack, type ReadBack } from './read-back';

export interface HandlerDeps {
  /** Every request to Zoho (Desk and accounts) goes through this; tests pass the fake Zoho's fetch. */
  fetch?: typeof fetch;
  launchWebAuthFlow?: LaunchWebAuthFlow;
  redirectUri?: () => string;
  loadConfig?: () => Promise<EffectiveConfig>;
  openOptionsPage?: () => Promise<void>;
  /** Runs the panel's script in the sending tab's content-script world. */
  injectPanel?: (tabId: number, frameId: number) => Promise<void>;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  timeoutMs?: number;
  backoff?: BackoffPolicy;
  diagnostics?: Diagnostics;
}

/** Failures that are a state, not an incident: the options page's diagnostics list leaves them out. */
const NOT_INCIDENTS = new Set(['not-connected', 'not-configured']);

export function createHandlers(deps: HandlerDeps = {}): Handlers {
  // Looked up per call, so a fetch replaced after start-up (tests, instrumentation) is the one used.
  const fetchFn: typeof fetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const loadConfig = deps.loadConfig ?? loadStoredConfig;
  const redirectUri = deps.redirectUri ?? getRedirectUrl;
  const cache = new ReadCache(deps.now);
  const diagnostics = deps.diagnostics ?? createDiagnostics(deps.now);

  const session: AuthSession = createAuthSession({
    fetch: fetchFn,
    launchWebAuthFlow: deps.launchWebAuthFlow ?? realLaunchWebAuthFlow,
    redirectUri,
    loadConfig,
    now: deps.now,
    // Another account may see other orgs: nothing cached for the previous one may leak into it.
    onSignedOut: () => cache.clear(),
  });
  const http: ZohoHttp = createZohoHttp({
    fetch: fetchFn,
    tokens: session,
    sleep: deps.sleep,
    random: deps.random,
    timeoutMs: deps.timeoutMs,
    backoff: deps.backoff,
  });
  const resolveOrg = createOrgResolver({ http, cache, loadConfig, accountDataCenter: () => session.dataCenter() });

  const key = (ctx: OrgContext, ...parts: string[]) => [ctx.orgId, ...parts].join('|');
  // Per-contact data is shared within one tab for a few seconds (the panel's sections, a quick back and
  // forth), never across tabs: a newly opened page always shows what Zoho holds now, including other agents'
  // changes. Writes invalidate the key in every tab.
  const perContact = <T>(ctx: OrgContext, sender: SenderInfo, parts: string[], load: () => Promise<T>) =>
    cache.get(`${key(ctx, ...parts)}|tab:${sender.tab?.id ?? 'none'}`, PER_CONTACT, load);
  const invalidate = (ctx: OrgContext, ...parts: string[]) => cache.invalidatePrefix(`${key(ctx, ...parts)}|`);
  const contactOf = (ctx: OrgContext, sender: SenderInfo, contactId: string): Promise<Contact> =>
    perContact(ctx, sender, ['contact', contactId], () => getContact(ctx, contactId));
  const membershipsOf = (ctx: OrgContext, sender: SenderInfo, contactId: string): Promise<Membership[]> =>
    perContact(ctx, sender, ['contactHelpCenters', contactId], () => getContactHelpCenters(ctx, contactId));
  /**
   * Award/revoke a user's badges, assign/remove their labels: one mass call; when its answer is lost, the user's
   * set is read back to tell which items took; either way the cached set is dropped.
   */
  async function changeUserSet(
    ctx: OrgContext,
    userId: string,
    ids: string[],
    change: {
      write: (ctx: OrgContext, userId: string, ids: string[]) => Promise<ItemResult[]>;
      list: (ctx: OrgContext, userId: string) => Promise<Array<{ id: string }>>;
      /** Whether a successful change leaves the items in the user's set. */
      present: boolean;
      cached: 'userBadges' | 'userLabels';
    },
  ): Promise<ItemResult[]> {
    try {
      return await writeOrReadBack(
        () => change.write(ctx, userId, ids),
        async (failure) => {
          const held = new Set((await change.list(ctx, userId)).map((item) => item.id));
          return itemsFromState(ids, (id) => held.has(id) === change.present, failure);
        },
      );
    } finally {
      invalidate(ctx, change.cached, userId);
    }
  }
  /**
   * A write to a contact's help-center memberships: after an uncertain failure Zoho's memberships are read back
   * and `readBack` says what they show; the cached memberships are dropped either way.
   */
  async function changeMemberships<T>(
    ctx: OrgContext,
    contactId: string,
    write: () => Promise<T>,
    readBack: (memberships: Membership[], failure: CallError) => ReadBack<T>,
  ): Promise<T> {
    try {
      return await writeOrReadBack(write, async (failure) => {
        invalidate(ctx, 'contactHelpCenters', contactId);
        return readBack(await getContactHelpCenters(ctx, contactId), failure);
      });
    } finally {
      invalidate(ctx, 'contactHelpCenters', contactId);
    }
  }

  async function configView(): Promise<ConfigView> {
    const config = await loadConfig();
    let uri = '';
    try {
      uri = redirectUri();
    } catch {
      // No identity API in this context: the page shows no redirect URI.
    }
    return {
      clientId: config.clientId,
      clientIdSource: config.clientIdSource,
      hasClientSecret: config.clientSecret !== null,
      managed: config.managed,
      allowedPortals: config.allowedPortals,
      redirectUri: uri,
      scopes: ZOHO_SCOPES,
    };
  }

  const handlers: Handlers = {
    'session.get': () => session.status(),
    'session.connect': async ({ grant }) => {
      await restrictStorageToTrustedContexts();
      return session.connect(grant ?? 'code');
    },
    'session.disconnect': () => session.disconnect(),
    'options.open': async () => {
      await (deps.openOptionsPage ?? (() => browser.runtime.openOptionsPage()))();
      return null;
    },
    'panel.load': async (_request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new CallError(makeError('bad-message', t('bgPanelNeedsTab')));
      await (deps.injectPanel ?? injectPanelScript)(tabId, sender.frameId ?? 0);
      return null;
    },

    'config.get': () => configView(),
    'config.save': async ({ clientId, clientSecret }) => {
      const config = await loadConfig();
      if (config.managed.clientId) {
        throw new CallError(makeError('invalid', t('bgClientIdByPolicy')));
      }
      const saved = await optionsClientItem.getValue();
      let secret: string | null;
      if (clientSecret === null) secret = null;
      else if (clientSecret?.trim()) secret = clientSecret.trim();
      // The page never receives the saved secret, so an empty field means "keep it" — for the same client only.
      else secret = saved?.clientId === clientId ? saved.clientSecret : null;
      await saveOptionsClient({ clientId, clientSecret: secret });
      return configView();
    },
    'diagnostics.list': () => diagnostics.list(),
    'diagnostics.clear': async () => {
      await diagnostics.clear();
      return null;
    },

    'contact.get': async ({ org, contactId }, sender) => contactOf(await resolveOrg(org), sender, contactId),
    'contact.helpCenters': async ({ org, contactId }, sender) => membershipsOf(await resolveOrg(org), sender, contactId),
    'helpCenters.list': async ({ org }) => {
      const ctx = await resolveOrg(org);
      return cache.get(key(ctx, 'helpCenters'), REFERENCE, () => listHelpCenters(ctx));
    },
    'helpCenters.approve': async ({ org, contactId, helpCenterIds }) => {
      const ctx = await resolveOrg(org);
      return changeMemberships(
        ctx,
        contactId,
        () => approveInvite(ctx, contactId, helpCenterIds),
        (memberships, failure) => itemsFromState(helpCenterIds, (id) => approved(memberships, id), failure),
      );
    },
    'helpCenters.reject': async ({ org, contactId, helpCenterIds }) => {
      const ctx = await resolveOrg(org);
      return changeMemberships(
        ctx,
        contactId,
        () => rejectInvite(ctx, contactId, helpCenterIds),
        (memberships, failure) => itemsFromState(helpCenterIds, (id) => rejected(memberships, id), failure),
      );
    },
    'helpCenters.invite': async ({ org, contactId, helpCenterId }) => {
      const ctx = await resolveOrg(org);
      return changeMemberships(
        ctx,
        contactId,
        () => inviteContact(ctx, contactId, helpCenterId),
        (memberships) => doneIf(invited(memberships, helpCenterId), null),
      );
    },
    'users.setStatus': async ({ org, contactId, userId, status }) => {
      const ctx = await resolveOrg(org);
      return changeMemberships(
        ctx,
        contactId,
        () => setUserStatus(ctx, userId, status),
        (memberships) => doneIf(hasStatus(memberships, userId, status), null),
      );
    },

    'badges.ofUser': async ({ org, userId }, sender) => {
      const ctx = await resolveOrg(org);
      return perContact(ctx, sender, ['userBadges', userId], () => listUserBadges(ctx, userId));
    },
    'badges.catalogue': async ({ org }) => {
      const ctx = await resolveOrg(org);
      return cache.get(key(ctx, 'badges'), REFERENCE, () => listBadges(ctx));
    },
    'badges.award': async ({ org, userId, badgeIds }) =>
      changeUserSet(await resolveOrg(org), userId, badgeIds, { write: associateBadges, list: listUserBadges, present: true, cached: 'userBadges' }),
    'badges.revoke': async ({ org, userId, badgeIds }) =>
      changeUserSet(await resolveOrg(org), userId, badgeIds, { write: dissociateBadges, list: listUserBadges, present: false, cached: 'userBadges' }),

    'labels.ofUser': async ({ org, userId }, sender) => {
      const ctx = await resolveOrg(org);
      return perContact(ctx, sender, ['userLabels', userId], () => listUserLabels(ctx, userId));
    },
    'labels.catalogue': async ({ org, helpCenterId }) => {
      const ctx = await resolveOrg(org);
      return cache.get(key(ctx, 'labels', helpCenterId), REFERENCE, () => listLabels(ctx, helpCenterId));
    },
    'labels.assign': async ({ org, userId, labelIds }) =>
      changeUserSet(await resolveOrg(org), userId, labelIds, { write: assignLabels, list: listUserLabels, present: true, cached: 'userLabels' }),
    'labels.remove': async ({ org, userId, labelIds }) =>
      changeUserSet(await resolveOrg(org), userId, labelIds, { write: removeLabels, list: listUserLabels, present: false, cached: 'userLabels' }),

    'duplicates.find': async ({ org, contactId }, sender) => {
      const ctx = await resolveOrg(org);
      return perContact(ctx, sender, ['duplicates', contactId], async () => findDuplicates(ctx, await contactOf(ctx, sender, contactId)));
    },
    'contacts.merge': async ({ org, keepId, mergeIds, source }) => {
      const ctx = await resolveOrg(org);
      const everyone = [keepId, ...mergeIds];
      try {
        const survivor = await writeOrReadBack(
          async () => (await mergeContacts(ctx, keepId, mergeIds, source)).id,
          // The merge happened if the merged-away records are gone and the survivor is still there.
          async () => {
            const gone = await Promise.all(mergeIds.map((id) => getContact(ctx, id).then(() => false, (error) => isNotFound(error))));
            if (!gone.every(Boolean)) return null;
            await getContact(ctx, keepId);
            return { outcome: keepId };
          },
        );
        return { survivorId: survivor };
      } finally {
        for (const id of everyone) {
          invalidate(ctx, 'contact', id);
          invalidate(ctx, 'contactHelpCenters', id);
        }
        // Any contact's duplicate list may have named one of the merged records.
        cache.invalidatePrefix(key(ctx, 'duplicates', ''));
      }
    },
  };

  return withDiagnostics(handlers, diagnostics);
}

function isNotFound(error: unknown): boolean {
  return error instanceof CallError && error.apiError.kind === 'not-found';
}

/** Every failed call leaves a line for the options page's diagnostics (time, call, code, message, request id). */
function withDiagnostics(handlers: Handlers, diagnostics: Diagnostics): Handlers {
  const wrapped = {} as Record<CallKind, (request: unknown, sender: SenderInfo) => Promise<unknown>>;
  for (const kind of Object.keys(handlers) as CallKind[]) {
    const handler = handlers[kind] as (request: unknown, sender: SenderInfo) => Promise<unknown>;
    wrapped[kind] = async (request, sender) => {
      try {
        return await handler(request, sender);
      } catch (error) {
        const apiError = error instanceof CallError ? error.apiError : makeError('internal', describeUnknown(error));
        if (!NOT_INCIDENTS.has(apiError.kind)) await diagnostics.record(kind, apiError);
        throw error;
      }
    };
  }
  return wrapped as Handlers;
}

function describeUnknown(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : t('bgUnknownFailure');
}


/**
 * The panel's code (entrypoints/panel.ts) is injected into the content script's isolated world only on contact
 * pages: every other Desk page pays for the small page-detecting content script alone. Injected by the
 * background rather than imported, so no extension file has to be web-accessible to Desk's pages.
 */
async function injectPanelScript(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/panel.js'] });
}
