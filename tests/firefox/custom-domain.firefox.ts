import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { FIREFOX_EXTENSION_DIR } from '../../tooling/firefox';
import { connectInOptions, openExtensionPage, startFirefoxStack, waitForSettled, type FirefoxStack } from './support';

// Issue 13: an org's own Desk domain in real Firefox ESR. The fake serves acme's agent pages on support.example.com
// (and on a look-alike of it); Firefox grants the optional origin without its prompt
// (extensions.webextOptionalPermissionPrompts, tooling/firefox.ts) but only during a real click on Add.

const HOST = 'support.example.com';
const LOOK_ALIKE = 'support.example.com.evil.test';
const ORIGIN = `https://${HOST}/*`;
const contactUrl = (host: string) => DEMO.contactUrl(host, DEMO.contacts.pending);
const ticketUrl = DEMO.ticketUrl(HOST, DEMO.tickets.ofPending, '/conversation');

let stack: FirefoxStack;
/** The options page, open for the whole file: the agent's side of every step. */
let options: Page;
beforeAll(async () => {
  stack = await startFirefoxStack({ domains: { [HOST]: 'us', [LOOK_ALIKE]: 'us' } });
  options = await stack.firefox.browser.newPage();
  await openExtensionPage(options, stack.firefox.optionsUrl);
  await connectInOptions(options);
});
afterAll(async () => {
  await stack?.close();
});

interface Ext {
  permissions: {
    getAll(): Promise<{ origins: string[] }>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches: string[] }>> };
}

/** The origins granted beyond the manifest's own Zoho hosts, as the add-on itself sees them. */
async function extraOrigins(): Promise<string[]> {
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions: string[] };
  const { origins } = await options.evaluate(() => (globalThis as unknown as { browser: Ext }).browser.permissions.getAll());
  return origins.filter((origin) => !manifest.permissions.includes(origin));
}

const registered = () =>
  options.evaluate(async () => (await (globalThis as unknown as { browser: Ext }).browser.scripting.getRegisteredContentScripts()).map((s) => s.matches));

const panels = (page: Page) => page.evaluate(() => document.querySelectorAll('desk-companion-panel').length);
const about = (page: Page) =>
  page.evaluate(() => document.querySelector('desk-companion-panel')?.shadowRoot?.querySelector('.dc-about')?.textContent?.trim() ?? null);

/** A Desk page of the fake, loaded and rendered by its own app (so the content script had its document_idle). */
async function openDeskPage(url: string): Promise<Page> {
  const page = await stack.firefox.browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.readyState === 'complete' && document.querySelector('#desk-app')?.childElementCount);
  return page;
}

/** Types the domain into the options page and presses Add: a trusted click, as the grant needs. */
async function addDomain(host: string) {
  const field = await options.waitForSelector('::-p-aria(Host name)');
  await field!.type(host);
  await (await options.waitForSelector('::-p-aria([name="Add"][role="button"])'))!.click();
  await options.waitForSelector(`::-p-aria([name="Remove ${host}"][role="button"])`, { timeout: 15_000 });
}

/** The hosts of the open tabs the add-on can run a script in: Firefox refuses a tab without a host permission for it. */
const scriptableHosts = () =>
  options.evaluate(async () => {
    type Scripting = { executeScript(o: unknown): Promise<Array<{ result?: unknown }>> };
    const ext = (globalThis as unknown as { browser: Omit<Ext, 'tabs' | 'scripting'> & { tabs: { query(q: object): Promise<Array<{ id: number }>> }; scripting: Scripting } }).browser;
    const tabs = await ext.tabs.query({});
    const ran = await Promise.all(
      tabs.map((tab) => ext.scripting.executeScript({ target: { tabId: tab.id }, func: () => location.hostname }).then((results) => results[0]?.result, () => undefined)),
    );
    return ran.filter((host) => typeof host === 'string').sort();
  });

describe('Desk on the org’s own domain (Firefox ESR)', () => {
  it('before it is added, the domain gets nothing and the add-on has no access to it', async () => {
    expect(await extraOrigins()).toEqual([]);
    expect(await registered()).toEqual([]);
    const page = await openDeskPage(contactUrl(HOST));
    expect(await panels(page)).toBe(0);
    expect(await scriptableHosts()).toEqual([]);
    await page.close();
  });

  it('Add asks for exactly that one origin and registers the content script on its agent pages', async () => {
    await addDomain(HOST);
    expect(await extraOrigins()).toEqual([ORIGIN]);
    expect(await registered()).toEqual([[`https://${HOST}/agent/*`]]);
  });

  it('shows one panel on the domain’s contact page and ticket page, with the data center of the connected account', async () => {
    await stack.fake.control.clearLog();
    const contact = await openDeskPage(contactUrl(HOST));
    await waitForSettled(contact);
    expect(await panels(contact)).toBe(1);
    expect(await about(contact)).toBe(DEMO.names.pending);

    const ticket = await openDeskPage(ticketUrl);
    await waitForSettled(ticket);
    expect(await panels(ticket)).toBe(1);
    expect(await about(ticket)).toBe(`Requester: ${DEMO.names.pending}`);

    // The pages came from the org's domain, every API call went to the US data center's Desk.
    const log = await stack.fake.control.log();
    expect(new Set(log.filter((entry) => entry.path.startsWith('/agent/')).map((entry) => entry.host))).toEqual(new Set([HOST]));
    const apiHosts = new Set(log.filter((entry) => entry.path.startsWith('/api/')).map((entry) => entry.host));
    expect(apiHosts).toEqual(new Set(['desk.zoho.com']));
    expect(log.some((entry) => entry.path === `/api/v1/tickets/${DEMO.tickets.ofPending}`)).toBe(true);
    await Promise.all([contact.close(), ticket.close()]);
  });

  it('a look-alike host gets nothing: no panel, and the add-on cannot even script it', async () => {
    // Opened after a page of the real domain in the same browser got its panel, so a script that matched would have run.
    const real = await openDeskPage(contactUrl(HOST));
    const fake = await openDeskPage(contactUrl(LOOK_ALIKE));
    await waitForSettled(real);
    expect(await panels(fake)).toBe(0);
    // The real domain's tab, yes (the granted origin); the look-alike's, no.
    expect(await scriptableHosts()).toEqual([HOST]);
    await Promise.all([real.close(), fake.close()]);
  });

  it('Remove takes the panel out of the open tab and gives the permission back', async () => {
    const page = await openDeskPage(contactUrl(HOST));
    await waitForSettled(page);
    expect(await panels(page)).toBe(1);

    await (await options.waitForSelector(`::-p-aria([name="Remove ${HOST}"][role="button"])`))!.click();
    await options.waitForFunction((host) => !document.body.innerText.includes(`Remove ${host}`) && document.body.innerText.includes('No domain added.'), {}, HOST);
    await expect.poll(() => panels(page)).toBe(0);
    expect(await extraOrigins()).toEqual([]);
    expect(await registered()).toEqual([]);

    await page.reload();
    await page.waitForFunction(() => document.querySelector('#desk-app')?.childElementCount);
    expect(await panels(page)).toBe(0);
    await page.close();
  });

  it('access revoked outside the options page (as the browser’s own settings do) removes the registration and the panel', async () => {
    await addDomain(HOST);
    const page = await openDeskPage(contactUrl(HOST));
    await waitForSettled(page);
    expect(await panels(page)).toBe(1);

    expect(await options.evaluate((origin) => (globalThis as unknown as { browser: Ext }).browser.permissions.remove({ origins: [origin] }), ORIGIN)).toBe(true);
    await expect.poll(registered).toEqual([]);
    await expect.poll(() => panels(page)).toBe(0);
    expect(await extraOrigins()).toEqual([]);
    // The options page follows: the domain left the list with its permission.
    const fresh = await stack.firefox.browser.newPage();
    await openExtensionPage(fresh, stack.firefox.optionsUrl);
    await fresh.waitForFunction(() => document.body.innerText.includes('No domain added.'), { timeout: 15_000 });
    await Promise.all([fresh.close(), page.close()]);
  });
});
