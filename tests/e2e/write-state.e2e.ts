import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../fake-zoho/server';
import { DEMO } from '../../fake-zoho/worlds';
import { panelOf, connectedSuite, waitForSettled } from './support/stack';
import { acmeState, acmeWorld, helpCenterName, statusIn, usContactUrl } from './support/world';

// Issue 15, item 1: one write path, answering with the state. After an approve, an award and a label change the
// fake's log shows the write and at most one read of what it changed, and the row shows the new state; a write
// whose answer was lost is read back exactly once.

const suite = connectedSuite();
let page: Page;

const MEMBERSHIPS = 'GET /api/v1/contacts/{contactId}/helpCenters';
const APPROVE = 'POST /api/v1/contacts/{contactId}/approveEndUserInvite';
const AWARD = 'POST /api/v1/users/{userId}/badges/associate';
const USER_BADGES = 'GET /api/v1/users/{userId}/badges';
const ASSIGN = 'POST /api/v1/users/{userId}/labels/assign';
const USER_LABELS = 'GET /api/v1/users/{userId}/labels';
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

  it('award: one write, at most one read of the user’s badges, the badge listed', async () => {
    const owned = (await acmeState(suite.stack.fake.control)).userBadges.filter((b) => b.userId === activeUser).map((b) => b.badgeId);
    const badge = acmeWorld().badges.find((candidate) => !owned.includes(candidate.id))!;
    const section = await open(DEMO.contacts.active, 'Badges');
    await section.getByRole('combobox', { name: 'Badge to award' }).selectOption(badge.id);
    await section.getByRole('button', { name: 'Award', exact: true }).click();
    await expect.poll(() => section.getByRole('button', { name: `Revoke ${badge.name}` }).count()).toBe(1);
    await sleep(1_000);
    const { writes, reads } = await after(AWARD, USER_BADGES);
    expect(writes).toBe(1);
    expect(reads.length).toBeLessThanOrEqual(1);
    expect(await section.getByRole('alert').count()).toBe(0);
  });

  it('label add: one write, at most one read of the user’s labels, the label listed', async () => {
    const owned = (await acmeState(suite.stack.fake.control)).userLabels.filter((l) => l.userId === activeUser).map((l) => l.labelId);
    const label = acmeWorld().labels.find((candidate) => candidate.helpCenterId === DEMO.helpCenters.main && !owned.includes(candidate.id))!;
    const section = await open(DEMO.contacts.active, 'Labels');
    await section.getByRole('combobox', { name: 'Label to add' }).selectOption(label.id);
    await section.getByRole('button', { name: 'Add label' }).click();
    await expect.poll(() => section.getByRole('button', { name: `Remove ${label.name}` }).count()).toBe(1);
    await sleep(1_000);
    const { writes, reads } = await after(ASSIGN, USER_LABELS);
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
