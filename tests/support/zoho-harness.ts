// Test support: the background's handlers wired to a running fake Zoho (fake-zoho/), signing in through the
// fake accounts server the way launchWebAuthFlow would. Only tests import this.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { ViewPart } from '@/lib/messages/call';
import { CHANNEL } from '@/lib/messages/channel';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeFetch } from '@/fake-zoho/client';
import { startFakeZoho, type FakeZoho } from '@/fake-zoho/server';
import { createHandlers, type HandlerDeps } from '@/lib/background/handlers';
import { accessItem, resetStorageRestriction } from '@/lib/auth/token-store';
import type { LaunchWebAuthFlow } from '@/lib/auth/web-auth-flow';
import { optionsClientItem } from '@/lib/config';
import type { CallKind, CallReply, CallRequest, Reply } from '@/lib/messages/protocol';
import { createRouter, type SenderInfo } from '@/lib/messages/router';
import { senderTrust } from '@/lib/messages/trusted-sender';

export const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
export const REDIRECT_URI = `https://${OWN_ID}.chromiumapp.org/`;
export const DEMO_CLIENT = '1000.DESKCOMPANIONDEMO';

export const optionsPage: SenderInfo = { id: OWN_ID, url: `${OWN_ORIGIN}options.html`, tab: { id: 1 } };
export const deskTab = (url = 'https://desk.zoho.com/agent/acme/support/contacts/details/1892000000042002'): SenderInfo => ({
  id: OWN_ID,
  url,
  frameId: 0,
  tab: { id: 7, url },
});

/**
 * launchWebAuthFlow against the fake: follows the accounts server's redirects (no window: the fake signs the
 * agent in at once) until one points at the extension's redirect URI, and returns that URL.
 */
export function fakeWebAuthFlow(fetch: typeof globalThis.fetch, calls: Array<{ url: string; interactive: boolean }> = []): LaunchWebAuthFlow {
  return async (url, interactive) => {
    calls.push({ url, interactive });
    let current = url;
    for (let hop = 0; hop < 10; hop++) {
      const response = await fetch(current, { redirect: 'manual' });
      const location = response.headers.get('location');
      if (!location) throw new Error(interactive ? 'The user did not approve access.' : 'User interaction required.');
      const next = new URL(location, current);
      if (next.origin === new URL(REDIRECT_URI).origin) return next.href;
      current = next.href;
    }
    throw new Error('Too many redirects');
  };
}

export interface Harness {
  fake: FakeZoho;
  fetch: typeof globalThis.fetch;
  /** Every URL the extension's fetch was asked for, Zoho or not. */
  fetched: string[];
  authFlows: Array<{ url: string; interactive: boolean }>;
  /** `onPart` as a port would deliver them: 'view.open' answers with its parts first. */
  call<K extends CallKind>(kind: K, payload: CallRequest<K>, sender?: SenderInfo, onPart?: (part: ViewPart) => void): Promise<Reply<CallReply<K>>>;
  /** Any message at all, as runtime.onMessage would hand it to the background (for hostile-input tests). */
  send(message: unknown, sender: SenderInfo): Promise<unknown>;
  /** A fresh background (new caches, new in-memory refresh state) on the same storage, like a restarted worker. */
  restart(deps?: Partial<HandlerDeps>): void;
  accessToken(): Promise<string | null>;
  connect(options?: { agent?: string; clientId?: string; secret?: string }): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(deps: Partial<HandlerDeps> = {}): Promise<Harness> {
  const fake = await startFakeZoho({ port: 0 });
  const base = fakeFetch(fake);
  const fetched: string[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    fetched.push(input instanceof Request ? input.url : String(input));
    return base(input, init);
  }) as typeof globalThis.fetch;
  const authFlows: Array<{ url: string; interactive: boolean }> = [];
  let route: ReturnType<typeof createRouter>;

  const build = (extra: Partial<HandlerDeps> = {}) => {
    const handlers = createHandlers({
      fetch,
      launchWebAuthFlow: fakeWebAuthFlow(base, authFlows),
      redirectUri: () => REDIRECT_URI,
      openOptionsPage: async () => {},
      sleep: async () => {},
      ...deps,
      ...extra,
    });
    route = createRouter(handlers, (sender) => senderTrust(sender, OWN_ID, OWN_ORIGIN));
  };
  build();

  const harness: Harness = {
    fake,
    fetch,
    fetched,
    authFlows,
    call: (kind, payload, sender = optionsPage, onPart) =>
      route({ channel: CHANNEL, kind, payload }, sender, onPart) as Promise<Reply<CallReply<typeof kind>>>,
    send: (message, sender) => route(message, sender),
    restart: (extra) => build(extra),
    accessToken: async () => (await accessItem.getValue())?.token ?? null,
    async connect(options = {}) {
      if (options.agent) await fake.control.setAccountsSession(options.agent);
      await optionsClientItem.setValue({ clientId: options.clientId ?? DEMO_CLIENT, clientSecret: options.secret ?? null });
      const reply = await harness.call('session.connect', {});
      if (!reply.ok || !reply.data.connected) throw new Error(`connect failed: ${JSON.stringify(reply)}`);
    },
    close: () => fake.close(),
  };
  return harness;
}

/**
 * One harness for a test file, started once and reset before each test (storage, the fake's state and tokens,
 * the logs, a fresh background). The returned object always speaks to the current harness.
 */
export function useHarness(): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await startHarness();
  });
  afterAll(() => current?.close());
  beforeEach(async () => {
    fakeBrowser.reset();
    resetStorageRestriction();
    await current!.fake.control.reset({ tokens: true });
    current!.fetched.length = 0;
    current!.authFlows.length = 0;
    current!.restart();
  });
  return new Proxy({} as Harness, { get: (_target, property) => current![property as keyof Harness] });
}
