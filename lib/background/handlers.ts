import { loadConfig as loadStoredConfig } from '../config';
import { createAuthSession } from '../auth/session';
import { rememberRead } from '../remembered-read';
import { STORAGE_KEYS } from '../storage-keys';
import { getRedirectUrl, launchWebAuthFlow as realLaunchWebAuthFlow } from '../auth/web-auth-flow';
import type { Handlers } from '../messages/router';
import { createZohoHttp } from '../zoho/http';
import { accountHandlers } from './accounts';
import { ReadCache } from './cache';
import { configHandlers } from './config-handlers';
import { customDomainHandlers } from './custom-domain-handlers';
import { createContactCache } from './contact-cache';
import { contactReadHandlers } from './contact-reads';
import { createDiagnostics } from './diagnostics';
import { diagnosticsHandlers, withDiagnostics } from './diagnostics-handlers';
import { duplicateHandlers } from './duplicates';
import { helpCenterWriteHandlers } from './help-center-writes';
import { createOrgResolver } from './org-resolver';
import { panelInjectionHandlers } from './panel-injection';
import type { BackgroundServices, HandlerDeps } from './services';
import { sessionHandlers } from './session-handlers';
import { ticketHandlers } from './tickets';
import { userSetHandlers } from './user-set-handlers';

export type { HandlerDeps } from './services';

// The composition root: builds what every feature shares once, then takes each feature's message kinds from
// its own file. A new feature is a new file and one line below.

export function createHandlers(deps: HandlerDeps = {}): Handlers {
  const services = createServices(deps);
  const handlers: Handlers = {
    ...sessionHandlers(services),
    ...panelInjectionHandlers(services),
    ...configHandlers(services),
    ...customDomainHandlers(services),
    ...diagnosticsHandlers(services),
    ...contactReadHandlers(services),
    ...ticketHandlers(services),
    ...helpCenterWriteHandlers(services),
    ...userSetHandlers(services),
    ...duplicateHandlers(services),
    ...accountHandlers(services),
  };
  return withDiagnostics(handlers, services.diagnostics);
}

function createServices(deps: HandlerDeps): BackgroundServices {
  // Looked up per call, so a fetch replaced after start-up (tests, instrumentation) is the one used.
  const fetchFn: typeof fetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  // Every call checks the config (the allowed portals): held in memory until the options or the policy change.
  const storedConfig = rememberRead(loadStoredConfig, [STORAGE_KEYS.client], true);
  const loadConfig = deps.loadConfig ?? storedConfig.get;
  const redirectUri = deps.redirectUri ?? getRedirectUrl;
  const cache = new ReadCache(deps.now);
  const session = createAuthSession({
    fetch: fetchFn,
    launchWebAuthFlow: deps.launchWebAuthFlow ?? realLaunchWebAuthFlow,
    redirectUri,
    loadConfig,
    now: deps.now,
    // Another account may see other orgs: nothing cached for the previous one may leak into it.
    onSignedOut: () => cache.clear(),
  });
  const http = createZohoHttp({
    fetch: fetchFn,
    tokens: session,
    sleep: deps.sleep,
    random: deps.random,
    timeoutMs: deps.timeoutMs,
    backoff: deps.backoff,
  });
  const diagnostics = deps.diagnostics ?? createDiagnostics(deps.now);
  return {
    deps,
    loadConfig,
    configSaved: storedConfig.forget,
    redirectUri,
    session,
    http,
    cache,
    contacts: createContactCache(cache, diagnostics),
    resolveOrg: createOrgResolver({ http, cache, loadConfig, accountDataCenter: () => session.dataCenter() }),
    diagnostics,
  };
}
