// @vitest-environment node
// The fake Desk page in Chromium through the host-resolver rules: the router changes the URL with
// the History API and never reloads, as Desk does, and hostile names stay text.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../../tooling/chromium-flags';
import { CHROMIUM, requireBrowser } from '../../tooling/find-browser';
import { startFakeZoho, type FakeZoho } from '../server';

let fake: FakeZoho;
let browser: Browser;

beforeAll(async () => {
  fake = await startFakeZoho({ port: 0 });
  browser = await chromium.launch({
    executablePath: requireBrowser(CHROMIUM),
    args: [
      `--host-resolver-rules=${fake.hostResolverRules}`,
      ...CHROMIUM_FLAGS,
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await fake?.close();
});

it('navigates between contacts on desk.zoho.eu without a reload', async () => {
  const org = fake.world.orgs.find((o) => o.dataCenter === 'eu')!;
  const [first, second] = org.contacts;
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`https://desk.zoho.eu/agent/${org.portalName}/kundendienst/contacts/details/${first!.id}`);
  await expect.poll(() => page.locator('[data-field="email"]').textContent()).toBe(first!.email);
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));

  await page.locator(`nav a[data-contact-id="${second!.id}"]`).click();
  await expect.poll(() => page.url()).toBe(`https://desk.zoho.eu/agent/${org.portalName}/kundendienst/contacts/details/${second!.id}`);
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
  expect(await page.locator('[data-field="email"]').textContent()).toBe(second!.email);

  await page.getByRole('tab', { name: 'History' }).click();
  await expect.poll(() => page.url()).toMatch(/\/history$/);
  await page.getByRole('link', { name: 'Notes (hash link)' }).click();
  await expect.poll(() => page.url()).toMatch(/\/history#notes$/);
  await page.getByRole('link', { name: 'Last contact (replaceState)' }).click();
  await expect.poll(() => page.url()).toContain(`/contacts/details/${org.contacts.at(-1)!.id}`);
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
  await expect.poll(() => page.getByRole('button', { name: 'Edit' }).isVisible()).toBe(true);
  expect(dialogs).toEqual([]);
});

it('renders hostile names as text on desk.zoho.com', async () => {
  const org = fake.world.orgs.find((o) => o.contacts.some((c) => c.firstName?.includes('<img')))!;
  const hostile = org.contacts.find((c) => c.firstName?.includes('<img'))!;
  const page = await browser.newPage();
  let alerted = false;
  page.on('dialog', (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  await page.goto(`https://desk.zoho.com/agent/${org.portalName}/support/contacts/details/${hostile.id}`);
  await expect.poll(() => page.locator('[data-field="name"]').textContent()).toContain('<img src=x');
  expect(await page.locator('main img').count()).toBe(0);
  expect(alerted).toBe(false);
});
