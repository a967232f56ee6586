import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { callKinds } from '../../lib/messages/protocol';
import { startStack, waitForSettled, type Stack } from './support/stack';
import { usContactUrl } from './support/world';

// Issue 8, item 3: a Desk page is a web page, and the content script runs beside it. Whatever code runs in the
// content script's world (a compromised dependency, an XSS that reached it) must not get at the Zoho tokens:
// storage.local and storage.session are locked to trusted contexts (the refresh token is sealed there too), and
// no message kind answers with a token.
// The page's own (main) world sees neither a token nor any extension API.

let stack: Stack;
let page: Page;
let cdp: CDPSession;
/** The content script's isolated world in the Desk page. */
let contentWorld: number;

interface Tokens {
  access: string;
  refresh: string;
}

/** The real tokens, read where they live (the service worker), so the test knows what must not leak. */
async function currentTokens(): Promise<Tokens> {
  const origin = `chrome-extension://${stack.browser.extensionId}/`;
  const worker = stack.browser.context.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? stack.browser.serviceWorker;
  const stored = await worker.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: Area; session: Area } } }).chrome;
    const local = await storage.local.get(null);
    // storage.local holds the refresh token sealed (lib/auth/secret-box.ts): open it with the key in IndexedDB.
    const grant = local.zohoGrant as Record<string, unknown> | undefined;
    const sealed = grant?.refreshToken as { iv: string; ciphertext: string } | string | undefined;
    // The value is bound to its place (lib/auth/secret-box.ts, token-store.ts): item, field and the grant's other fields.
    const context = `local:zohoGrant\nrefreshToken\n${JSON.stringify([grant?.grant, grant?.dataCenter, grant?.accountsServer, grant?.clientId])}`;
    let refresh: string | null = null;
    if (sealed && typeof sealed === 'object') {
      const ask = <T>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
      const db = await ask(indexedDB.open('desk-companion-keys'));
      const key = (await ask(db.transaction('keys').objectStore('keys').get('secrets-v1'))) as CryptoKey;
      const bytes = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
      refresh = new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(sealed.iv), additionalData: new TextEncoder().encode(context) }, key, bytes(sealed.ciphertext)));
    }
    return { local, session: await storage.session.get(null), sealed, refresh };
  });
  const access = (stored.session.zohoAccess as { token?: string } | undefined)?.token;
  const refresh = stored.refresh;
  expect(stored.sealed, 'the refresh token is sealed in storage.local').toMatchObject({ iv: expect.any(String), ciphertext: expect.any(String) });
  expectNoToken(stored.local, [{ access: access ?? '', refresh: refresh ?? '' }], 'storage.local as stored');
  expect(access, 'the access token in storage.session').toBeTruthy();
  expect(refresh, 'the refresh token in storage.local').toBeTruthy();
  return { access: access!, refresh: refresh! };
}

/** Evaluates in the content script's world; resolves with the value, or `{ threw: message }`. */
async function inContentScript(expression: string): Promise<unknown> {
  const result = await cdp.send('Runtime.evaluate', {
    expression: `(async () => { try { return await (${expression}); } catch (error) { return { threw: String(error && error.message || error) }; } })()`,
    contextId: contentWorld,
    awaitPromise: true,
    returnByValue: true,
  });
  if (result.exceptionDetails) throw new Error(`evaluation failed: ${JSON.stringify(result.exceptionDetails).slice(0, 500)}`);
  return result.result.value;
}

/** Fails with the place where any piece of a token shows up in `value`. */
function expectNoToken(value: unknown, tokens: Tokens[], where: string) {
  const text = JSON.stringify(value) ?? '';
  for (const { access, refresh } of tokens) {
    // Not the whole token, and not a telling piece of it either (Zoho's tokens are "1000.<hex>.<hex>").
    for (const [name, token] of [['access', access], ['refresh', refresh]] as const) {
      for (const piece of token.split('.').filter((part) => part.length >= 8)) {
        expect(text.includes(piece), `${name} token (…${piece.slice(0, 6)}…) in ${where}`).toBe(false);
      }
    }
  }
}

beforeAll(async () => {
  stack = await startStack({ connect: true });
  page = await stack.browser.context.newPage();
  cdp = await stack.browser.context.newCDPSession(page);
  const worlds: Array<{ id: number; origin: string; name: string; type?: string }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    worlds.push({ id: context.id, origin: context.origin, name: context.name, type: aux?.type });
  });
  await cdp.send('Runtime.enable');
  await page.goto(usContactUrl(DEMO.contacts.pending));
  await waitForSettled(page);
  const ours = worlds.filter((world) => world.type === 'isolated' && world.origin === `chrome-extension://${stack.browser.extensionId}`);
  expect(ours.length, `isolated worlds seen: ${JSON.stringify(worlds)}`).toBeGreaterThan(0);
  contentWorld = ours.at(-1)!.id;
  // It really is the content script's world: it has the extension's runtime, with our id.
  expect(await inContentScript('chrome.runtime.id')).toBe(stack.browser.extensionId);
});
afterAll(async () => {
  await stack?.close();
});

describe('from the content script’s world', () => {
  it('storage.local and storage.session cannot be read; storage.sync holds no token', async () => {
    const tokens = await currentTokens();
    const local = await inContentScript('chrome.storage.local.get(null)');
    const session = await inContentScript('chrome.storage.session.get(null)');
    const sync = await inContentScript('chrome.storage.sync.get(null)');
    // Locked to trusted contexts (storage.setAccessLevel): the read fails outright, or at least finds nothing.
    for (const [area, value] of [['local', local], ['session', session]] as const) {
      const refused = typeof value === 'object' && value !== null && 'threw' in value;
      const empty = JSON.stringify(value) === '{}';
      expect(refused || empty, `storage.${area} answered ${JSON.stringify(value)?.slice(0, 200)}`).toBe(true);
    }
    expect(local).toEqual({ threw: expect.stringMatching(/not allowed|access/i) });
    expect(session).toEqual({ threw: expect.stringMatching(/not allowed|access/i) });
    expectNoToken([local, session, sync], [tokens], 'a storage read');
    // Per-key reads are refused the same way.
    expectNoToken(await inContentScript('chrome.storage.local.get("zohoGrant")'), [tokens], 'storage.local.get("zohoGrant")');
    expectNoToken(await inContentScript('chrome.storage.session.get("zohoAccess")'), [tokens], 'storage.session.get("zohoAccess")');
  });

  it('no message kind, with any payload, answers with a token', async () => {
    const before = await currentTokens();
    const org = { dataCenter: 'us', portal: 'acme' };
    const forged = [
      {},
      { org },
      { org, contactId: DEMO.contacts.pending },
      { org, userId: DEMO.userIdOf(DEMO.contacts.pending, DEMO.helpCenters.main) },
      { token: true, refreshToken: true, accessToken: true },
      { org, contactId: DEMO.contacts.pending, include: 'tokens' },
      { clientId: '1000.ATTACKER', clientSecret: 'x' },
      JSON.parse('{"__proto__":{"token":true}}'),
    ];
    const kinds = [...callKinds, 'tokens.get', 'session.token', 'storage.get', 'config.secret'];
    const script = `Promise.all(${JSON.stringify(kinds)}.flatMap((kind) => ${JSON.stringify(forged)}.map((payload) =>
      chrome.runtime.sendMessage({ channel: 'desk-companion/v1', kind, payload }).then(
        (reply) => ({ kind, reply }),
        (error) => ({ kind, threw: String(error && error.message || error) }),
      ))))`;
    const replies = (await inContentScript(script)) as Array<{ kind: string; reply?: { ok: boolean; error?: { kind: string } } }>;
    expect(replies).toHaveLength(kinds.length * forged.length);
    // session.connect is open to the panel and signs in again (new tokens): check the old and the new ones.
    // (Not with {grant:'implicit'}: that sign-in has no refresh token, and this test needs one to look for.)
    const after = await currentTokens();
    expectNoToken(replies, [before, after], 'a message reply');
    // The options page's kinds are refused to a content script whatever the payload.
    for (const kind of ['config.get', 'config.save', 'diagnostics.list', 'session.disconnect']) {
      for (const entry of replies.filter((r) => r.kind === kind)) expect(entry.reply).toMatchObject({ ok: false, error: { kind: 'bad-message' } });
    }
    // Some of them were answered (the test reached the background, it is not all refusals).
    expect(replies.some((entry) => entry.reply?.ok === true)).toBe(true);
  });
});

describe('from the page’s own world', () => {
  it('sees no token and no extension API or global', async () => {
    const tokens = await currentTokens();
    const seen = await page.evaluate(() => {
      const scope = window as unknown as Record<string, unknown> & { chrome?: { runtime?: { id?: string; sendMessage?: unknown } } };
      const panel = document.querySelector('desk-companion-panel');
      return {
        browser: typeof scope.browser,
        runtimeId: scope.chrome?.runtime?.id ?? null,
        sendMessage: typeof scope.chrome?.runtime?.sendMessage,
        globals: Object.getOwnPropertyNames(window).filter((name) => /wxt|desk.?companion|zoho.?(access|grant|token)|oauth/i.test(name)),
        html: document.documentElement.outerHTML,
        shadow: panel?.shadowRoot?.innerHTML ?? null,
        localStorage: JSON.stringify({ ...localStorage }),
        sessionStorage: JSON.stringify({ ...sessionStorage }),
        cookie: document.cookie,
      };
    });
    expect(seen.browser).toBe('undefined');
    expect(seen.runtimeId).toBeNull();
    expect(seen.sendMessage).toBe('undefined');
    expect(seen.globals).toEqual([]);
    // The panel did render into the page (so there was something to leak).
    expect(seen.shadow).toContain('Help centers');
    expectNoToken(seen, [tokens], 'the page’s world');
  });
});
