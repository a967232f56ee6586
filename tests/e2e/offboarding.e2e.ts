import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { OFFBOARDING_SIZE, offboardingCase as is, offboardingContactId, REFUSED_REASON } from '../../fake-zoho/worlds/offboarding';
import { openAccountPage } from './support/account';
import { connectedSuite, panelOf } from './support/stack';
import { acmeState, helpCenterName } from './support/world';
import { UPDATE_USER } from '../support/desk-routes';
import { stopServiceWorker } from './support/worker';

// Issue 22, offboarding: a company leaves, and every one of its people loses access to one help center. The
// preview says what will happen and what it costs; the background runs the PATCHes a few at a time, each user once
// with the help center named, through a reload of the page, a Stop and Zoho's concurrency limit.

const suite = connectedSuite();
let page: Page;

const main = helpCenterName(DEMO.helpCenters.main);
const numbers = Array.from({ length: OFFBOARDING_SIZE }, (_, i) => i + 1);
const active = numbers.filter(is.activeInMain);
const userOf = (n: number) => DEMO.userIdOf(offboardingContactId(n), DEMO.helpCenters.main);

async function openAccount() {
  const opened = await openAccountPage(suite, DEMO.accounts.offboarding, OFFBOARDING_SIZE);
  page = opened.page;
  return opened.region;
}

async function previewIn(region: Locator) {
  await region.getByRole('combobox', { name: 'Help center to deactivate in' }).selectOption({ label: main });
  await region.getByRole('button', { name: /^Deactivate all/ }).click();
  await region.getByRole('button', { name: /^Confirm deactivation/ }).waitFor({ timeout: 15_000 });
}

const log = async () => (await suite.stack.fake.control.log()).filter((entry) => entry.route === UPDATE_USER);
/** The users the fake deactivated or refused: every PATCH it answered (a 429 did nothing). */
const patched = async () => (await log()).filter((entry) => entry.status !== 429).map((entry) => entry.path.split('/').at(-1)!);
const progress = (region: Locator) => region.getByRole('progressbar', { name: 'Progress of the run' });
const valueNow = async (region: Locator) => Number(await progress(region).getAttribute('aria-valuenow', { timeout: 2_000 }).catch(() => -1));

/** With each PATCH taking `latencyMs` at the fake, opens the account, previews, confirms (`how`) and waits for the bar to pass `past`. */
async function runUnderWay(latencyMs: number, how: 'click' | 'dblclick', past: number) {
  await suite.stack.fake.control.setLatency({ route: UPDATE_USER, ms: latencyMs });
  const region = await openAccount();
  await previewIn(region);
  await region.getByRole('button', { name: /^Confirm deactivation/ })[how]();
  await expect.poll(() => valueNow(region), { timeout: 15_000 }).toBeGreaterThan(past);
  return region;
}

async function outcome(region: Locator) {
  const status = region.getByRole('status');
  await expect.poll(() => status.count(), { timeout: 60_000 }).toBe(1);
  return status.innerText();
}

describe('Deactivate all (offboarding)', () => {
  it('preview: how many, who is left alone and why, and the calls it takes; nothing is written', async () => {
    const region = await openAccount();
    await suite.stack.fake.control.clearLog();
    await previewIn(region);
    const reads = (await suite.stack.fake.control.log()).filter((entry) => entry.route === 'GET /api/v1/users');
    expect(reads.length).toBeGreaterThan(0);
    expect(await region.getByText(`${active.length} active users will be deactivated in ${main}.`, { exact: false }).count()).toBe(1);
    expect(await region.getByText(`Reading who is who took ${reads.length} Zoho calls; the run takes ${active.length} more.`).count()).toBe(1);
    expect(await region.getByText(`${OFFBOARDING_SIZE - active.length} left alone:`).count()).toBe(1);
    expect(await region.getByText('Quinn Hooli 006: already deactivated').count()).toBe(1);
    expect(await region.getByText('Paula Hooli 025: not a user of this help center').count()).toBe(1);
    expect(await region.getByText('Tomás Hooli 009: not a user of this help center').count()).toBe(1); // invited: not listed as a user
    expect(await region.getByRole('button', { name: `Confirm deactivation of ${active.length}` }).count()).toBe(1);
    expect(await log()).toEqual([]);

    await region.getByRole('button', { name: 'Cancel' }).click();
    expect(await region.getByRole('button', { name: /^Confirm deactivation/ }).count()).toBe(0);
    expect(await log()).toEqual([]);
  });

  it('runs in the background through a reload: the bar moves, each user is written once in Main, failures keep Zoho’s reason', async () => {
    let region = await runUnderWay(120, 'dblclick', 3);
    const before = await valueNow(region);
    expect(Number(await progress(region).getAttribute('aria-valuemax'))).toBe(active.length);

    await page.reload();
    region = panelOf(page).getByRole('region', { name: 'Account contacts' });
    await expect.poll(() => valueNow(region), { timeout: 15_000 }).toBeGreaterThan(before);
    const text = await outcome(region);
    expect(text).toContain(`${active.length - 1} deactivated, 1 failed, 0 not sent.`);
    expect(text).toContain(`Rosa Hooli 077: ${REFUSED_REASON}`);

    const calls = await log();
    expect(calls.every((entry) => entry.query === `helpCenterId=${DEMO.helpCenters.main}`)).toBe(true);
    expect((await patched()).sort()).toEqual(active.map(userOf).sort()); // each active user once, nobody else
    const state = await acmeState(suite.stack.fake.control);
    const statusOf = (n: number, helpCenterId: string = DEMO.helpCenters.main) =>
      state.memberships.find((m) => m.contactId === offboardingContactId(n) && m.helpCenterId === helpCenterId)?.userStatus;
    expect(statusOf(2)).toBe('DISABLED');
    expect(statusOf(77)).toBe('ACTIVE');
    expect(statusOf(1)).toBe('DISABLED');
    expect(statusOf(1, DEMO.helpCenters.partners)).toBe('ACTIVE'); // the shared user keeps Partners
    expect(statusOf(9)).toBe('INVITED');
  });

  it('Stop: nothing more is sent after it, and the outcome counts what was not sent', async () => {
    const region = await runUnderWay(250, 'click', 2);
    await region.getByRole('button', { name: 'Stop' }).click();
    const text = await outcome(region);
    const sent = await patched();
    const notSent = active.length - sent.length;
    expect(notSent).toBeGreaterThan(100);
    expect(text).toContain(`${sent.length - (sent.includes(userOf(77)) ? 1 : 0)} deactivated`);
    expect(text).toContain(`${notSent} not sent.`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await patched()).toHaveLength(sent.length);
    const state = await acmeState(suite.stack.fake.control);
    const disabled = state.memberships.filter((m) => m.helpCenterId === DEMO.helpCenters.main && m.userStatus === 'DISABLED');
    expect(disabled.filter((m) => active.map(userOf).includes(m.userId)).length).toBe(sent.filter((id) => id !== userOf(77)).length);
  });

  it('Zoho’s concurrency limit set low: 429s slow the run, and every user is still written exactly once', async () => {
    await suite.stack.fake.control.setLatency({ route: UPDATE_USER, ms: 40 });
    await suite.stack.fake.control.setConcurrencyLimit({ orgId: DEMO.orgId, limit: 2 });
    const region = await openAccount();
    await previewIn(region);
    await region.getByRole('button', { name: /^Confirm deactivation/ }).click();
    await progress(region).waitFor({ timeout: 15_000 }); // the new run, not the outcome of an earlier one
    const text = await outcome(region);
    expect(text).toContain(`${active.length - 1} deactivated, 1 failed, 0 not sent.`);
    expect((await log()).some((entry) => entry.status === 429)).toBe(true);
    expect((await patched()).sort()).toEqual(active.map(userOf).sort());
  });

  it('the background restarted mid-run: writes that reached Zoho are read back as done, nothing is sent again, the rest is not sent', async () => {
    const region = await runUnderWay(400, 'click', 4);
    // The next writes are done by Zoho, but their answers never come back: the worker stops while they are away.
    await suite.stack.fake.control.injectFault({ route: UPDATE_USER, kind: 'lost-answer', count: 3 });
    await expect.poll(async () => (await log()).filter((entry) => entry.fault === 'lost-answer').length, { timeout: 10_000 }).toBeGreaterThan(0);
    await stopServiceWorker(suite.stack);

    const text = await outcome(region);
    const entries = await log();
    const reached = entries.filter((entry) => entry.status === 200 || entry.outcome === 200).map((entry) => entry.path.split('/').at(-1)!);
    expect(new Set(reached).size).toBe(reached.length);
    expect(text).toContain(`${reached.length} deactivated, 0 failed, ${active.length - reached.length} not sent.`);
    // Read back, never sent again: no PATCH after the restart, and Zoho holds exactly those as deactivated.
    const readBack = entries.length;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await log()).toHaveLength(readBack);
    const state = await acmeState(suite.stack.fake.control);
    const disabled = active.filter((n) => state.memberships.some((m) => m.contactId === offboardingContactId(n) && m.helpCenterId === DEMO.helpCenters.main && m.userStatus === 'DISABLED'));
    expect(disabled.map(userOf).sort()).toEqual([...reached].sort());
  });
});
