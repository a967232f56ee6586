import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { connectedSuite, panelOf, waitForSettled } from './support/stack';
import { hitTestDeskShell } from './support/shell';
import { usContactUrl } from './support/world';

// Desk's framework rebuilds <body> on a module switch, dropping every node it did not create; a framework that
// re-renders its whole document shell drops ours under <html> too. Either way there is again exactly one panel,
// showing what it showed, with its room made, and Zoho is not asked again for what the panel already has.

const suite = connectedSuite();

const hosts = (page: Page) => page.evaluate(() => document.querySelectorAll('desk-companion-panel').length);

/** Desk's own hook in the fake agent page: `times` rebuilds in a row, in one task, as a burst of module switches. */
async function rebuild(page: Page, scope: 'body' | 'document', times: number) {
  return page.evaluate(
    ([kind, count]) => {
      const framework = (window as unknown as { deskFramework: { rebuild(scope: string): void; rebuilds(): number } }).deskFramework;
      for (let i = 0; i < count; i += 1) framework.rebuild(kind);
      return framework.rebuilds();
    },
    [scope, times] as const,
  );
}

describe.each(['body', 'document'] as const)('when Desk rebuilds its %s', (scope) => {
  it('once, then three times in a row: one panel again, same data, no new Desk API calls', async () => {
    const page = await suite.newPage();
    await page.goto(usContactUrl(DEMO.contacts.pending));
    await waitForSettled(page);
    const shown = await panelOf(page).innerText();
    expect(shown).toContain('Pending approval');
    await suite.stack.fake.control.clearLog();

    expect(await rebuild(page, scope, 1)).toBe(1);
    await expect.poll(() => hosts(page)).toBe(1);
    await expect.poll(() => panelOf(page).innerText()).toBe(shown);

    expect(await rebuild(page, scope, 3)).toBe(4);
    await expect.poll(() => hosts(page)).toBe(1);
    expect(await panelOf(page).count()).toBe(1);
    await expect.poll(() => panelOf(page).innerText()).toBe(shown);
    // Desk's new page really was built, and it makes room for the panel as the old one did.
    expect(await page.getByRole('toolbar', { name: 'Contact actions' }).count()).toBe(1);
    expect((await page.evaluate(hitTestDeskShell)).missed).toEqual([]);

    // Still the live panel: it answers the agent, and only then does Zoho hear from it.
    const apiCalls = (await suite.stack.fake.control.log()).filter((entry) => entry.path.startsWith('/api/'));
    expect(apiCalls.map((entry) => entry.route)).toEqual([]);
    await panelOf(page).getByRole('button', { name: 'Collapse Desk Companion' }).click();
    await panelOf(page).getByRole('button', { name: 'Expand Desk Companion' }).click();
    await expect.poll(() => panelOf(page).getByRole('region', { name: 'Help centers' }).count()).toBe(1);
  });
});

it('a module switch by Desk’s own nav rebuilds the body; back at the contact, one panel and the room again', async () => {
  const page = await suite.newPage();
  await page.goto(usContactUrl(DEMO.contacts.active));
  await waitForSettled(page);
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Tickets' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { deskFramework: { rebuilds(): number } }).deskFramework.rebuilds())).toBe(1);
  await expect.poll(() => hosts(page)).toBe(0);
  await page.goBack();
  await expect.poll(() => hosts(page)).toBe(1);
  await waitForSettled(page);
  expect((await page.evaluate(hitTestDeskShell)).missed).toEqual([]);
});

it('after a rebuild the panel still follows Desk switching to a dark theme on its new <body>', async () => {
  const page = await suite.newPage();
  await page.goto(usContactUrl(DEMO.contacts.active));
  const theme = () => page.evaluate(() => document.querySelector('desk-companion-panel')?.getAttribute('data-theme'));
  await expect.poll(theme).toBe('light');
  await rebuild(page, 'body', 1);
  await page.evaluate(() => (document.body.style.background = '#15181c'));
  await expect.poll(theme).toBe('dark');
});
