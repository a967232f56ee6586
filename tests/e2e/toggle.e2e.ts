import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { TOGGLE_PANEL_COMMAND, TOGGLE_PANEL_KEY } from '../../lib/messages/panel-toggle';
import { connectedSuite, panelOf, waitForSettled } from './support/stack';
import { hitTestDeskShell, ticketListUrl } from './support/shell';
import { usContactUrl } from './support/world';

// Collapse and expand follow the agent: a toggle in one Desk tab, or the keyboard shortcut, changes the panel of
// every open Desk tab, its width, the room made for it and its body alike.

const suite = connectedSuite();

/** What an agent sees of one tab's panel (expanded: Help centers, Badges, Labels, Groups, Duplicates), and the room Desk's panes leave for it. */
async function stateOf(page: Page) {
  const panel = panelOf(page);
  const { panelLeft, deskRight, missed } = await page.evaluate(hitTestDeskShell);
  return {
    button: (await panel.getByRole('button', { name: 'Expand Desk Companion' }).count()) ? 'Expand' : 'Collapse',
    sections: await panel.getByRole('region').count(),
    width: page.viewportSize()!.width - (panelLeft ?? 0),
    room: page.viewportSize()!.width - deskRight,
    missed,
  };
}
const collapsed = { button: 'Expand', sections: 0, width: 44, room: 44, missed: [] };
const expanded = { button: 'Collapse', sections: 5, width: 340, room: 340, missed: [] };

async function openContact(contactId: string) {
  const page = await suite.newPage();
  await page.goto(usContactUrl(contactId));
  await waitForSettled(page);
  return page;
}

/** The browser delivering the command to the background, as it does when the agent presses the shortcut. */
async function pressShortcut() {
  await suite.stack.browser.serviceWorker.evaluate((name) => {
    const commands = (globalThis as unknown as { chrome: { commands: { onCommand: { dispatch(name: string): void } } } }).chrome.commands;
    commands.onCommand.dispatch(name);
  }, TOGGLE_PANEL_COMMAND);
}

describe('collapse and expand', () => {
  it('a toggle in one tab collapses and expands the panel in every open Desk tab', async () => {
    const first = await openContact(DEMO.contacts.active);
    const second = await openContact(DEMO.contacts.pending);
    await expect.poll(() => stateOf(second)).toEqual(expanded);

    await first.bringToFront();
    await panelOf(first).getByRole('button', { name: 'Collapse Desk Companion' }).click();
    await expect.poll(() => stateOf(first)).toEqual(collapsed);
    await expect.poll(() => stateOf(second)).toEqual(collapsed);

    await second.bringToFront();
    await panelOf(second).getByRole('button', { name: 'Expand Desk Companion' }).click();
    await expect.poll(() => stateOf(second)).toEqual(expanded);
    await expect.poll(() => stateOf(first)).toEqual(expanded);
  });

  it('the keyboard shortcut is registered with its key and toggles the current tab’s panel (and so every tab’s)', async () => {
    // The browser lists the command with the suggested key: nothing else in this profile claimed it.
    const registered = await suite.stack.browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<Array<{ name: string; shortcut: string }>> } } }).chrome.commands.getAll(),
    );
    expect(registered).toContainEqual(expect.objectContaining({ name: TOGGLE_PANEL_COMMAND, shortcut: TOGGLE_PANEL_KEY }));

    const other = await openContact(DEMO.contacts.active);
    const current = await openContact(DEMO.contacts.pending);
    await current.bringToFront();
    await pressShortcut();
    await expect.poll(() => stateOf(current)).toEqual(collapsed);
    await expect.poll(() => stateOf(other)).toEqual(collapsed);
    await pressShortcut();
    await expect.poll(() => stateOf(current)).toEqual(expanded);
    await expect.poll(() => stateOf(other)).toEqual(expanded);
  });

  it('the shortcut in a Desk tab without a panel changes nothing', async () => {
    const contact = await openContact(DEMO.contacts.active);
    const ticketList = await suite.newPage();
    await ticketList.goto(ticketListUrl);
    await ticketList.bringToFront();
    await pressShortcut();
    // Then once in the contact's tab, so the test knows a toggle would have been seen by now.
    await contact.bringToFront();
    await pressShortcut();
    await expect.poll(() => stateOf(contact)).toEqual(collapsed);
    await pressShortcut();
    await expect.poll(() => stateOf(contact)).toEqual(expanded);
  });
});
