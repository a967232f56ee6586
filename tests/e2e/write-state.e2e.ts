import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../fake-zoho/server';
import { DEMO } from '../../fake-zoho/worlds';
import { panelOf, connectedSuite, waitForSettled } from './support/stack';
import { acmeState, acmeWorld, helpCenterName, statusIn, usContactUrl } from './support/world';
import { APPROVE, ASSIGN, AWARD, MEMBERSHIPS, USER_BADGES, USER_LABELS } from '../support/desk-routes';

// Issue 15, item 1: one write path, answering with the state. After an approve, an award and a label change the
// fake's log shows the write and at most one read of what it changed, and the row shows the new state; a write
// whose answer was lost is read back exactly once.

const suite = connectedSuite();
let page: Page;

const main = helpCenterName(DEMO.helpCenters.main);
const activeUser = DEMO.userIdOf(DEMO.contacts.active, DEMO.helpCenters.main);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function open(contactId: string, name: string) {
  page = await suite.newPage();
  await page.goto(usContactUrl(contactId));
  await waitForSettled(page);
  await suite.stack.fake.control.clearLog();
  return panelOf(page).getByRole('region', { name });
}

/** The log from the first request to `write` on: how often it was sent, and the reads of `read` after it. */
async function after(write: string, read: string) {
  const log: LogEntry[] = await suite.stack.fake.control.log();
  const at = log.findIndex((entry) => entry.route === write);
  return {
    writes: log.filter((entry) => entry.route === write).length,
    reads: at < 0 ? [] : log.slice(at + 1).filter((entry) => entry.route === read),
  };
}

describe('a write answers with the state after it', () => {
  it('approve: one write, at most one read of the memberships, the row shows Active', async () => {
    const section = await open(DEMO.contacts.pending, 'Help centers');
    const row = section.getByRole('listitem').filter({ has: page.getByText(main, { exact: true }) });
    await row.getByRole('button', { name: /^Approve/ }).click();
    await expect.poll(() => row.innerText()).toContain('Active');
    // Anything the panel would still send after the row changed has had time to arrive.
    await sleep(1_000);
    const { writes, reads } = await after(APPROVE, MEMBERSHIPS);
    expect(writes).toBe(1);
    expect(reads.length).toBeLessThanOrEqual(1);
    expect(await statusIn(suite.stack.fake.control, DEMO.contacts.pending, DEMO.helpCenters.main)).toBe('ACTIVE');
    expect(await row.getByRole('alert').count()).toBe(0);
  });

  /** What the active contact's user does not have yet: a badge of the catalogue, a label of its help center. */
  const notHeld = {
    Badges: async () => {
      const owned = (await acmeState(suite.stack.fake.control)).userBadges.filter((b) => b.userId === activeUser).map((b) => b.badgeId);
      return acmeWorld().badges.find((candidate) => !owned.includes(candidate.id))!;
    },
    Labels: async () => {
      const owned = (await acmeState(suite.stack.fake.control)).userLabels.filter((l) => l.userId === activeUser).map((l) => l.labelId);
      return acmeWorld().labels.find((candidate) => candidate.helpCenterId === DEMO.helpCenters.main && !owned.includes(candidate.id))!;
    },
  };

  it.each([
    ['Badges', 'Badge to award', 'Award', 'Revoke', AWARD, USER_BADGES],
    ['Labels', 'Label to add', 'Add label', 'Remove', ASSIGN, USER_LABELS],
  ] as const)('%s: one write, at most one read of the user’s set, the new one listed', async (name, picker, add, remove, write, read) => {
    const item = await notHeld[name]();
    const section = await open(DEMO.contacts.active, name);
    await section.getByRole('combobox', { name: picker }).selectOption(item.id);
    await section.getByRole('button', { name: add, exact: true }).click();
    await expect.poll(() => section.getByRole('button', { name: `${remove} ${item.name}` }).count()).toBe(1);
    await sleep(1_000);
    const { writes, reads } = await after(write, read);
    expect(writes).toBe(1);
    expect(reads.length).toBeLessThanOrEqual(1);
    expect(await section.getByRole('alert').count()).toBe(0);
  });
});

describe('a write whose answer was lost', () => {
  it('is read back exactly once, and the row shows what Zoho did, with no alert', async () => {
    const section = await open(DEMO.contacts.pending, 'Help centers');
    const row = section.getByRole('listitem').filter({ has: page.getByText(main, { exact: true }) });
    // Zoho approves, then its answer never comes: the background gives up on it and reads the state back.
    await suite.stack.fake.control.injectFault({ route: APPROVE, kind: 'lost-answer' });
    await row.getByRole('button', { name: /^Approve/ }).click();
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('Active');
    await sleep(1_000);
    const { writes, reads } = await after(APPROVE, MEMBERSHIPS);
    expect(writes).toBe(1);
    expect(reads.map((entry) => entry.status)).toEqual([200]);
    expect(await row.getByRole('alert').count()).toBe(0);
  });
});
