import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedRedirectUri } from '../../fake-zoho/accounts/clients';
import { DEMO } from '../../fake-zoho/worlds';
import { hitTestDeskShell } from '../e2e/support/shell';
import { acmeState, helpCenterName } from '../e2e/support/world';
import { connectInOptions, openExtensionPage, startFirefoxStack, waitForSettled, waitInPanel, type FirefoxStack } from './support';

// Issue 7: the Firefox build in real Firefox ESR. One browser for the file, in the order an agent meets it:
// the panel shows up on a contact page, the agent connects through the options page, then approves a contact.

let stack: FirefoxStack;
let page: Page | undefined;
beforeAll(async () => {
  stack = await startFirefoxStack();
});
afterAll(async () => {
  await stack?.close();
});
afterEach(async () => {
  await page?.close().catch(() => {});
  page = undefined;
});

const contactUrl = DEMO.contactUrl('desk.zoho.com', DEMO.contacts.pending);
const main = helpCenterName(DEMO.helpCenters.pendingIn);
// The panel lives in an open shadow root. Puppeteer's ARIA selectors do not cross shadow roots over BiDi, so
// these match the same role and accessible name by their attributes, inside the root (waitInPanel).
const PANEL = '[role="complementary"][aria-label="Desk Companion"]';

async function statusInMain() {
  const state = await acmeState(stack.fake.control);
  return state.memberships.find((m) => m.contactId === DEMO.contacts.pending && m.helpCenterId === DEMO.helpCenters.pendingIn)
    ?.userStatus;
}

describe('Firefox ESR', () => {
  it('shows the panel on a Desk contact page', async () => {
    page = await stack.firefox.browser.newPage();
    await page.goto(contactUrl);
    const panel = await waitInPanel(page, PANEL, 15_000);
    expect(await panel.evaluate((el) => (el as HTMLElement).innerText)).toContain('Desk Companion');
    // It is the extension's element, not something of the page's own.
    expect(await page.evaluate(() => document.querySelector('desk-companion-panel')?.shadowRoot?.mode)).toBe('open');
  });

  it('signs in through the options page with Firefox’s own redirect URI', async () => {
    page = await stack.firefox.browser.newPage();
    await openExtensionPage(page, stack.firefox.optionsUrl);
    // What the add-on itself computes, from its own page: the form Zoho's console must be told, and the fake accepts.
    const redirectUrl = await page.evaluate(() => (globalThis as unknown as { browser: { identity: { getRedirectURL(): string } } }).browser.identity.getRedirectURL());
    expect(redirectUrl).toBe(stack.firefox.redirectUrl);
    expect(redirectUrl).toMatch(/^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\/$/);
    expect(isAllowedRedirectUri(redirectUrl)).toBe(true);

    await connectInOptions(page);

    // The real OAuth round trip happened: authorize (302 to the allizom.org URI, intercepted), then the token call.
    const log = await stack.fake.control.log();
    const authorize = log.find((entry) => entry.path === '/oauth/v2/auth');
    expect(new URLSearchParams(authorize?.query).get('redirect_uri')).toBe(redirectUrl);
    expect(authorize?.status).toBe(302);
    expect(log.some((entry) => entry.method === 'POST' && entry.path === '/oauth/v2/token' && entry.status === 200)).toBe(true);

    // Firefox cannot lock storage.local to trusted contexts: the refresh token is stored sealed, and only the key in
    // the extension's IndexedDB opens it.
    const stored = await page.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).browser;
      const local = await ext.storage.local.get('zohoGrant');
      const grant = local.zohoGrant as Record<string, unknown> & { refreshToken: { iv: string; ciphertext: string } };
      const sealed = grant.refreshToken;
      // The value is bound to its place (lib/auth/secret-box.ts, token-store.ts): item, field and the grant's other fields.
      const context = `local:zohoGrant\nrefreshToken\n${JSON.stringify([grant.grant, grant.dataCenter, grant.accountsServer, grant.clientId])}`;
      const ask = <T,>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
      const db = await ask(indexedDB.open('desk-companion-keys'));
      const key = (await ask(db.transaction('keys').objectStore('keys').get('secrets-v1'))) as CryptoKey;
      const bytes = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
      const plain = new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(sealed.iv), additionalData: new TextEncoder().encode(context) }, key, bytes(sealed.ciphertext)));
      return { local: JSON.stringify(local), sealed, plain, extractable: key.extractable };
    });
    expect(stored.sealed).toEqual({ iv: expect.any(String), ciphertext: expect.any(String) });
    expect(stored.plain).toMatch(/^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$/);
    expect(stored.local).not.toContain(stored.plain.split('.')[1]);
    expect(stored.extractable).toBe(false);
  });

  it('follows Desk’s router without a reload: on at a contact, off again at the ticket list', async () => {
    page = await stack.firefox.browser.newPage();
    const listUrl = `https://desk.zoho.com/agent/${DEMO.portal}/${DEMO.department}/tickets/list/open`;
    await page.goto(listUrl);
    const panels = () => page!.evaluate(() => document.querySelectorAll('desk-companion-panel').length);
    expect(await panels()).toBe(0);
    const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);

    await page.evaluate((url) => history.pushState({}, '', url), contactUrl);
    await waitForSettled(page);
    await waitInPanel(page, `button[aria-label="Approve in ${main}"]`, 15_000);
    expect(await panels()).toBe(1);

    await page.evaluate((url) => history.pushState({}, '', url), listUrl);
    await expect.poll(panels).toBe(0);
    // The same document throughout: Desk's router moved, the page never reloaded.
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads);
    expect(await page.evaluate(() => location.href)).toBe(listUrl);
  });

  it('makes room in Desk’s fixed shell: every control of the top bar, nav and toolbar clickable, expanded and collapsed', async () => {
    page = await stack.firefox.browser.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    await page.goto(contactUrl);
    await waitForSettled(page);
    const toggle = (name: string) => waitInPanel(page!, `button[aria-label="${name}"]`, 15_000);
    for (const [width, next] of [[340, 'Collapse Desk Companion'], [44, 'Expand Desk Companion']] as const) {
      await expect.poll(() => page!.evaluate(() => document.querySelector('desk-companion-panel')!.getBoundingClientRect().width)).toBe(width);
      const result = await page.evaluate(hitTestDeskShell);
      expect(result.controls).toEqual(expect.arrayContaining(['New Ticket', 'Notifications', 'Profile', 'Edit', 'More actions']));
      expect(result.missed).toEqual([]);
      expect([result.panelLeft, result.deskRight]).toEqual([1024 - width, 1024 - width]);
      await (await toggle(next)).click();
    }
    await toggle('Collapse Desk Companion');
  });

  it('survives Desk rebuilding its body and its whole document shell: one panel, same data, no new Desk API calls', async () => {
    page = await stack.firefox.browser.newPage();
    await page.goto(contactUrl);
    await waitForSettled(page);
    await waitInPanel(page, `button[aria-label="Approve in ${main}"]`, 15_000);
    const shown = () => page!.evaluate(() => (document.querySelector('desk-companion-panel')?.shadowRoot?.querySelector('[role="complementary"]') as HTMLElement | null)?.innerText ?? null);
    const before = await shown();
    expect(before).toContain('Pending approval');
    await stack.fake.control.clearLog();
    for (const scope of ['body', 'document', 'document', 'document']) {
      await page.evaluate((kind) => (window as unknown as { deskFramework: { rebuild(scope: string): void } }).deskFramework.rebuild(kind), scope);
    }
    await expect.poll(() => page!.evaluate(() => document.querySelectorAll('desk-companion-panel').length)).toBe(1);
    await expect.poll(shown).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { deskFramework: { rebuilds(): number } }).deskFramework.rebuilds())).toBe(4);
    expect((await page.evaluate(hitTestDeskShell)).missed).toEqual([]);
    expect((await stack.fake.control.log()).filter((entry) => entry.path.startsWith('/api/'))).toEqual([]);
  });

  it('approves a pending contact: the fake’s user becomes ACTIVE and the row reads it back', async () => {
    expect(await statusInMain()).not.toBe('ACTIVE');
    page = await stack.firefox.browser.newPage();
    await page.goto(contactUrl);
    await waitForSettled(page);
    const approve = await waitInPanel(page, `button[aria-label="Approve in ${main}"]`);
    await approve.click();
    await expect.poll(statusInMain).toBe('ACTIVE');
    await expect
      .poll(() =>
        page!.evaluate((name) => {
          const root = document.querySelector('desk-companion-panel')?.shadowRoot;
          const rows = [...(root?.querySelectorAll('[aria-labelledby] li') ?? [])];
          const row = rows.find((li) => li.querySelector('.dc-name')?.textContent?.trim() === name);
          return row?.querySelector('.dc-status')?.textContent?.trim();
        }, main),
      )
      .toBe('Active');
  });
});
