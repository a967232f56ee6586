import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { DEMO_CLIENT_ID } from '../../tooling/sign-in';
import { optionsUrl } from '../../tooling/chromium';
import { panelOf, startStack, waitForSettled, type Stack } from './support/stack';
import { helpCenterName } from './support/world';

// Issue 7, languages: a browser in German gets the German catalogue in the options page and in the panel, whose
// landmark keeps the extension's name.

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ lang: 'de' });
});
afterAll(async () => {
  await stack?.close();
});

it('the extension answers from the German catalogue', async () => {
  // getUILanguage() may still say en-US (Debian's Chromium without chromium-l10n): what counts is the catalogue.
  const words = await stack.browser.serviceWorker.evaluate(() => {
    const i18n = (globalThis as unknown as { chrome: { i18n: { getMessage(name: string): string } } }).chrome.i18n;
    return [i18n.getMessage('hcTitle'), i18n.getMessage('langCode')];
  });
  expect(words).toEqual(['Hilfecenter', 'de']);
});

it('signs in through the options page in German', async () => {
  const page = await stack.browser.context.newPage();
  await page.goto(optionsUrl(stack.browser.extensionId));
  await expect.poll(() => page.title()).toBe('Desk Companion – Optionen');
  expect(await page.locator('html').getAttribute('lang')).toBe('de');
  await page.getByLabel('Client-ID').fill(DEMO_CLIENT_ID);
  await page.getByRole('button', { name: 'Mit Zoho verbinden' }).click();
  await expect.poll(() => page.getByRole('status').innerText(), { timeout: 15_000 }).toBe('Verbunden — Vereinigte Staaten (us)');
  expect(await page.getByRole('button', { name: 'Trennen' }).count()).toBe(1);
  await page.close();
});

it('shows the panel in German on a contact page, and approves from it', async () => {
  const page = await stack.browser.context.newPage();
  await page.goto(DEMO.contactUrl('desk.zoho.com', DEMO.contacts.pending));
  await waitForSettled(page);
  const panel = panelOf(page);
  expect(await panel.getAttribute('lang')).toBe('de');
  for (const name of ['Hilfecenter', 'Abzeichen', 'Labels', 'Duplikate']) {
    expect(await panel.getByRole('region', { name }).count(), name).toBe(1);
  }
  expect(await panel.getByRole('region', { name: 'Help centers' }).count()).toBe(0);
  expect(await panel.getByRole('button', { name: 'Desk Companion einklappen' }).count()).toBe(1);

  const main = helpCenterName(DEMO.helpCenters.main);
  const row = panel
    .getByRole('region', { name: 'Hilfecenter' })
    .getByRole('listitem')
    .filter({ has: page.getByText(main, { exact: true }) });
  expect(await row.innerText()).toContain('Genehmigung ausstehend');
  await row.getByRole('button', { name: `Genehmigen in ${main}` }).click();
  await expect.poll(() => row.innerText()).toContain('Aktiv');
  await page.close();
});

it('says what went wrong in German, Zoho’s own words aside', async () => {
  // Zoho refuses with its FORBIDDEN code: the panel's headline and the background's detail both come from the catalogue.
  await stack.fake.control.injectFault({ route: 'GET /api/v1/contacts/{contactId}/helpCenters', kind: 403, errorCode: 'FORBIDDEN', count: 10 });
  const page = await stack.browser.context.newPage();
  await page.goto(DEMO.contactUrl('desk.zoho.com', DEMO.contacts.active));
  const alert = panelOf(page).getByRole('region', { name: 'Hilfecenter' }).getByRole('alert').first();
  await expect.poll(() => alert.innerText()).toContain('Bitten Sie Ihre Zoho-Desk-Administration um die Berechtigung.');
  expect(await alert.innerText()).not.toMatch(/Ask your|permission/);
  await stack.fake.control.reset();
  await page.close();
});
