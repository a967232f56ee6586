import type { EffectiveConfig } from '../config';
import type { AuthSession } from '../auth/session';
import type { LaunchWebAuthFlow } from '../auth/web-auth-flow';
import type { CallKind } from '../messages/protocol';
import type { Handlers } from '../messages/router';
import type { BackoffPolicy } from '../zoho/backoff';
import type { ZohoHttp } from '../zoho/http';
import type { ReadCache } from './cache';
import type { createCustomDomains, DomainApis } from './custom-domains';
import type { ContactCache } from './contact-cache';
import type { Diagnostics } from './diagnostics';
import type { ResolveOrg } from './org-resolver';

export interface HandlerDeps {
  /** Every request to Zoho (Desk and accounts) goes through this; tests pass the fake Zoho's fetch. */
  fetch?: typeof fetch;
  launchWebAuthFlow?: LaunchWebAuthFlow;
  redirectUri?: () => string;
  loadConfig?: () => Promise<EffectiveConfig>;
  openOptionsPage?: () => Promise<void>;
  /** Runs a panel's script (`/panel.js`, `/account-panel.js`, `/merge-dialog.js`) in the sending tab's content-script world. */
  injectPanel?: (tabId: number, frameId: number, file: PanelScript) => Promise<void>;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  timeoutMs?: number;
  backoff?: BackoffPolicy;
  diagnostics?: Diagnostics;
  /** browser.permissions / browser.scripting as custom Desk domains use them; tests pass an in-memory pair. */
  domainApis?: DomainApis;
  customDomains?: ReturnType<typeof createCustomDomains>;
  policyCustomDomains?: () => Promise<string[]>;
}

export type PanelScript = '/panel.js' | '/account-panel.js' | '/merge-dialog.js';

/** What the composition root builds once and every feature's handlers share. */
export interface BackgroundServices {
  deps: HandlerDeps;
  loadConfig: () => Promise<EffectiveConfig>;
  /** Told after this worker saved the options' client, so the next loadConfig() reads it. */
  configSaved: () => void;
  redirectUri: () => string;
  session: AuthSession;
  http: ZohoHttp;
  cache: ReadCache;
  contacts: ContactCache;
  resolveOrg: ResolveOrg;
  diagnostics: Diagnostics;
}

/** One feature's share of the message kinds. */
export type FeatureHandlers<K extends keyof Handlers> = Pick<Handlers, K>;
