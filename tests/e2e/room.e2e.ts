import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { connectedSuite, panelOf } from './support/stack';
import { hitTestDeskShell, ticketUrl } from './support/shell';
import { usContactUrl } from './support/world';

// Desk's shell is fixed panes that fill the window. The panel must make room beside them, not cover them: every
// control of the top bar, the module nav and the record toolbar stays clickable, at the narrowest window Desk
// supports and a common laptop one, with the panel expanded and collapsed.

const suite = connectedSuite();

const PANEL_WIDTH = { expanded: 340, collapsed: 44 };

async function setCollapsed(page: Page, collapsed: boolean) {
  const panel = panelOf(page);
  const want = collapsed ? 'Expand Desk Companion' : 'Collapse Desk Companion';
  // The remembered choice arrives after the first paint: decide only once the toggle and the room agree on it.
  await expect
    .poll(
      async () => {
        const width = await page.evaluate(() => document.querySelector<HTMLElement>('desk-companion-panel')?.style.width);
        if (width === `${PANEL_WIDTH.expanded}px`) return panel.getByRole('button', { name: 'Collapse Desk Companion' }).count();
        if (width === `${PANEL_WIDTH.collapsed}px`) return panel.getByRole('button', { name: 'Expand Desk Companion' }).count();
        return 0;
      },
      { timeout: 10_000 },
    )
    .toBe(1);
  if ((await panel.getByRole('button', { name: want }).count()) === 0) {
    await panel.getByRole('button', { name: collapsed ? 'Collapse Desk Companion' : 'Expand Desk Companion' }).click();
  }
  await expect.poll(() => panel.getByRole('button', { name: want }).count()).toBe(1);
  const width = collapsed ? PANEL_WIDTH.collapsed : PANEL_WIDTH.expanded;
  await expect.poll(() => page.evaluate(() => document.querySelector('desk-companion-panel')!.getBoundingClientRect().width)).toBe(width);
}

describe.each([
  [1280, 800],
  [1024, 768],
])('at %i×%i', (width, height) => {
  it.each([false, true])('on a contact page (collapsed: %s) Desk’s top bar, nav and contact toolbar stay clickable', async (collapsed) => {
    const page = await suite.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(usContactUrl(DEMO.contacts.active));
    await setCollapsed(page, collapsed);
    // Layout settles in the frame after the width changes.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const result = await page.evaluate(hitTestDeskShell);
    expect(result.controls).toEqual(expect.arrayContaining(['New Ticket', 'Notifications', 'Profile', 'Contacts', 'Edit', 'More actions']));
    expect(result.missed).toEqual([]);
    const panelWidth = collapsed ? PANEL_WIDTH.collapsed : PANEL_WIDTH.expanded;
    expect(result.panelLeft).toBe(width - panelWidth);
    // Made room, not shrunk away: Desk's panes end where the panel starts.
    expect(result.deskRight).toBe(width - panelWidth);
  });

  it.each([false, true])('on a ticket page (collapsed: %s) Desk’s top bar and ticket toolbar stay clickable beside the requester’s panel', async (collapsed) => {
    const page = await suite.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(ticketUrl);
    await expect.poll(() => page.getByRole('toolbar', { name: 'Ticket actions' }).count()).toBe(1);
    await setCollapsed(page, collapsed);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const result = await page.evaluate(hitTestDeskShell);
    expect(result.controls).toEqual(expect.arrayContaining(['New Ticket', 'Profile', 'Reply', 'Edit', 'More actions']));
    expect(result.missed).toEqual([]);
    const panelWidth = collapsed ? PANEL_WIDTH.collapsed : PANEL_WIDTH.expanded;
    expect(result.panelLeft).toBe(width - panelWidth);
    expect(result.deskRight).toBe(width - panelWidth);
  });
});

/** What the panel changed on Desk's page, read back: nothing left once the panel is gone. */
async function deskLayout(page: Page) {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const main = document.querySelector('main')!.getBoundingClientRect();
    return { contain: body.contain, marginRight: body.marginRight, mainRight: main.right, hosts: document.querySelectorAll('desk-companion-panel').length, width: innerWidth };
  });
}

describe('the room goes with the panel', () => {
  it('when the agent leaves the contact pages by Desk’s own links', async () => {
    const page = await suite.newPage();
    await page.goto(usContactUrl(DEMO.contacts.active));
    await expect.poll(() => panelOf(page).count()).toBe(1);
    // Expanded or collapsed, as the earlier tests left the remembered choice: room is made either way.
    const docked = await deskLayout(page);
    expect(docked).toMatchObject({ contain: 'layout', hosts: 1 });
    expect(['340px', '44px']).toContain(docked.marginRight);
    expect(docked.mainRight).toBe(1400 - parseInt(docked.marginRight, 10));
    await page.getByRole('navigation', { name: 'Desk navigation' }).getByRole('link', { name: 'Contacts', exact: true }).click();
    await expect.poll(() => deskLayout(page)).toEqual({ contain: 'none', marginRight: '0px', mainRight: 1400, hosts: 0, width: 1400 });
  });

  // Last in this file: it reloads the extension, which leaves this tab's content script without one (Chromium).
  it('when the extension behind it is gone (reloaded, updated or removed) and the agent comes back to the tab', async () => {
    const page = await suite.newPage();
    await page.goto(usContactUrl(DEMO.contacts.active));
    await expect.poll(() => panelOf(page).count()).toBe(1);
    await suite.stack.browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
    // The tab becoming visible again, as when the agent returns from the browser's extension settings.
    await expect
      .poll(async () => {
        await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
        return deskLayout(page);
      })
      .toEqual({ contain: 'none', marginRight: '0px', mainRight: 1400, hosts: 0, width: 1400 });
  });
});
