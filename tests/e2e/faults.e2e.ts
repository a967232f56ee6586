import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../../fake-zoho/client';
import type { LogEntry } from '../../fake-zoho/server';
import { DEMO } from '../../fake-zoho/worlds';
import { historyCall, panelOf, connectedSuite, waitForSettled } from './support/stack';
import { stopServiceWorker as stopWorker } from './support/worker';
import { acmeState, acmeWorld, helpCenterName, statusIn, usContactUrl } from './support/world';
import { APPROVE, AWARD, MEMBERSHIPS, USER_BADGES } from '../support/desk-routes';

// Issue 8, item 1: what an agent sees when Zoho (or the browser) misbehaves, through the real panel in Chromium
// against the fake Zoho's fault injection. Every test asserts on two things: the words and buttons the agent
// gets, and what the fake actually received (bounded retries, one refresh, one write).

const suite = connectedSuite();
let page: Page | undefined;

const main = helpCenterName(DEMO.helpCenters.main);
const partners = helpCenterName(DEMO.helpCenters.partners);

async function open(contactId: string) {
  page = await suite.newPage();
  await page.goto(usContactUrl(contactId));
  return panelOf(page);
}
const section = (name: string) => panelOf(page!).getByRole('region', { name });
const row = (helpCenter: string) =>
  section('Help centers').getByRole('listitem').filter({ has: page!.getByText(helpCenter, { exact: true }) });
/** The text of every alert in the panel, joined (empty when there is none). */
const alerts = async () => (await panelOf(page!).getByRole('alert').allInnerTexts()).join(' | ');
const requestsTo = async (route: string) => (await suite.stack.fake.control.log()).filter((entry) => entry.route === route);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The extension's service worker as it runs now (a stopped one is started again by the next message). */
async function serviceWorker(): Promise<Worker> {
  const origin = `chrome-extension://${suite.stack.browser.extensionId}/`;
  const live = suite.stack.browser.context.serviceWorkers().find((worker) => worker.url().startsWith(origin));
  return live ?? (await suite.stack.browser.context.waitForEvent('serviceworker', { predicate: (worker) => worker.url().startsWith(origin) }));
}

const stopServiceWorker = () => stopWorker(suite.stack);

const isRefresh = (entry: LogEntry) =>
  entry.path === '/oauth/v2/token' && new URLSearchParams(entry.body).get('grant_type') === 'refresh_token';

describe('rate limits', () => {
  it('a 429 storm: bounded retries, says it is rate-limited and will retry, then Retry recovers', async () => {
    // Zoho keeps answering 429 (with a Retry-After of 1 s, so the test does not wait out the full backoff).
    await suite.stack.fake.control.injectFault({ route: MEMBERSHIPS, kind: 429, count: 1_000, retryAfterSeconds: 1 });
    await open(DEMO.contacts.pending);
    await expect.poll(alerts).toMatch(/rate-limiting.*will retry in 1 second/i);
    // The background's own retries are bounded: four attempts, then the panel is told.
    expect(await requestsTo(MEMBERSHIPS)).toHaveLength(4);
    // The panel retries once by itself (four more attempts), then stops and leaves it to the agent.
    await expect.poll(alerts).toMatch(/rate-limiting.*try again in 1 second/i);
    expect(await requestsTo(MEMBERSHIPS)).toHaveLength(8);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await requestsTo(MEMBERSHIPS)).toHaveLength(8);

    // The storm passes; Retry reads again and the section fills.
    await suite.stack.fake.control.reset();
    await section('Help centers').getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => row(main).innerText()).toContain('Pending approval');
    expect(await alerts()).toBe('');
    expect(await requestsTo(MEMBERSHIPS)).toHaveLength(1);
  });

  it('a short burst of 429s: the panel recovers by itself, without a click', async () => {
    // Four 429s use up the background's attempts; the fifth (the panel's own retry) gets through.
    await suite.stack.fake.control.injectFault({ route: MEMBERSHIPS, kind: 429, count: 4, retryAfterSeconds: 1 });
    await open(DEMO.contacts.pending);
    await expect.poll(alerts).toMatch(/rate-limiting.*will retry/i);
    await expect.poll(() => row(main).innerText()).toContain('Pending approval');
    expect(await alerts()).toBe('');
    const calls = await requestsTo(MEMBERSHIPS);
    expect(calls.map((entry) => entry.status)).toEqual([429, 429, 429, 429, 200]);
  });
});

describe('Zoho-side failures on a read', () => {
  it('500s are retried, then shown with Retry, and Retry works', async () => {
    await suite.stack.fake.control.injectFault({ route: MEMBERSHIPS, kind: 500, count: 1_000 });
    await open(DEMO.contacts.pending);
    await expect.poll(alerts).toMatch(/Zoho had a problem answering.*INTERNAL_SERVER_ERROR/);
    // Retried, and bounded: at most four attempts. (Chromium itself holds back an extension's requests to a
    // URL that keeps answering 5xx, so the last ones may not even leave the browser: still Zoho's 500.)
    const attempts = await requestsTo(MEMBERSHIPS);
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts.length).toBeLessThanOrEqual(4);
    expect(new Set(attempts.map((entry) => entry.status))).toEqual(new Set([500]));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await requestsTo(MEMBERSHIPS)).toHaveLength(attempts.length);

    await suite.stack.fake.control.reset();
    await section('Help centers').getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => row(main).innerText()).toContain('Pending approval');
    expect(await alerts()).toBe('');
  });

  it('malformed JSON: a clear "does not understand" message, no crash, and Retry works', async () => {
    await suite.stack.fake.control.injectFault({ route: MEMBERSHIPS, kind: 'malformed', count: 1 });
    await open(DEMO.contacts.pending);
    await expect.poll(alerts).toMatch(/Zoho sent an answer Desk Companion does not understand.*not valid JSON/);
    // A broken answer is not a passing hiccup: it is not retried behind the agent's back.
    expect(await requestsTo(MEMBERSHIPS)).toHaveLength(1);
    // The rest of the panel still works.
    await expect.poll(() => section('Duplicates').getAttribute('aria-busy')).not.toBe('true');
    await section('Help centers').getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => row(main).innerText()).toContain('Pending approval');
    expect(await alerts()).toBe('');
  });
});

describe('a hung request', () => {
  // Issue 15: honest about waiting. The panel says it is still waiting after 3 s and shows the alert with Retry
  // by 10 s (the request layer's own timeouts, no timers sped up). Measured from the moment the fake received
  // the hung request; the slack is the polls' granularity on a loaded machine.
  const STILL_WAITING_BY_MS = 3_000 + 1_000;
  const ALERT_BY_MS = 10_000 + 1_000;
  const since = async (route: string) => Date.now() - Date.parse((await requestsTo(route))[0]!.time);
  const stillWaiting = (where: ReturnType<typeof section>) => where.getByRole('status').filter({ hasText: 'Still waiting for Zoho…' });

  it('a hung read: "still waiting" by 3 s, the alert by 10 s, and Retry works', async () => {
    await suite.stack.fake.control.injectFault({ route: MEMBERSHIPS, kind: 'hang', count: 1 });
    await open(DEMO.contacts.pending);
    await expect.poll(async () => (await requestsTo(MEMBERSHIPS)).length).toBe(1);
    await stillWaiting(section('Help centers')).waitFor({ timeout: STILL_WAITING_BY_MS });
    expect(await since(MEMBERSHIPS)).toBeLessThan(STILL_WAITING_BY_MS);
    await expect.poll(alerts, { timeout: ALERT_BY_MS }).toMatch(/Zoho took too long to answer\. Zoho did not answer in time\./);
    expect(await since(MEMBERSHIPS)).toBeLessThan(ALERT_BY_MS);
    // Told after one wait, not after four.
    expect((await requestsTo(MEMBERSHIPS)).map((entry) => entry.status)).toEqual(['hang']);
    await section('Help centers').getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => row(main).innerText()).toContain('Pending approval');
    expect(await alerts()).toBe('');
  });

  it('a hung write: "still waiting" by 3 s, Zoho’s state read back, then the alert with Retry by 10 s', async () => {
    await open(DEMO.contacts.pending);
    await waitForSettled(page!);
    await suite.stack.fake.control.injectFault({ route: APPROVE, kind: 'hang', count: 1 });
    await suite.stack.fake.control.clearLog();
    await row(main).getByRole('button', { name: /^Approve/ }).click();
    await expect.poll(async () => (await requestsTo(APPROVE)).length).toBe(1);
    await stillWaiting(section('Help centers')).waitFor({ timeout: STILL_WAITING_BY_MS });
    const retry = row(main).getByRole('button', { name: 'Retry' });
    await retry.waitFor({ timeout: ALERT_BY_MS });
    expect(await since(APPROVE)).toBeLessThan(ALERT_BY_MS);
    // Before Retry was offered, the background had asked Zoho what the approve did (nothing: it hung).
    const log = await suite.stack.fake.control.log();
    const approve = log.findIndex((entry) => entry.route === APPROVE);
    expect(log.slice(approve + 1).filter((entry) => entry.route === MEMBERSHIPS && entry.status === 200)).toHaveLength(1);
    expect(await row(main).innerText()).toContain('Pending approval');
    await retry.click();
    await expect.poll(() => row(main).innerText()).toContain('Active');
    expect((await requestsTo(APPROVE)).map((entry) => entry.status)).toEqual(['hang', 200]);
  });
});

describe('the service worker stopped in the middle of a write', () => {
  it('one approve reaches Zoho; once awake the panel reads the state back and says what happened; Retry then sends it', async () => {
    await open(DEMO.contacts.pending);
    await waitForSettled(page!);
    await suite.stack.fake.control.setLatency({ route: APPROVE, ms: 1_500 });
    await suite.stack.fake.control.clearLog();
    await row(main).getByRole('button', { name: /^Approve/ }).click();
    await expect.poll(async () => (await requestsTo(APPROVE)).length).toBe(1);
    await stopServiceWorker();

    // The browser cut the request with the worker, before Zoho acted on it.
    await expect.poll(async () => (await requestsTo(APPROVE))[0]?.status).toBe('reset');
    expect(await statusIn(suite.stack.fake.control, DEMO.contacts.pending, DEMO.helpCenters.main)).toBe('PENDING');
    // The agent is told plainly, and the row shows what Zoho holds, read after the write was lost.
    await expect.poll(() => row(main).getByRole('alert').innerText()).toMatch(
      new RegExp(`^Approve in ${main} failed\\. .*The browser restarted Desk Companion before Zoho answered\\.`),
    );
    expect(await row(main).innerText()).toContain('Pending approval');
    const log = await suite.stack.fake.control.log();
    const lost = log.findIndex((entry) => entry.route === APPROVE);
    const readBack = log.slice(lost + 1).some((entry) => entry.route === MEMBERSHIPS && entry.status === 200);
    expect(readBack, 'the panel read the help-center statuses back after the lost write').toBe(true);
    // Nothing is sent again behind the agent's back.
    await sleep(2_000);
    expect(await requestsTo(APPROVE)).toHaveLength(1);

    // Retry sends it (Zoho's state was read first: it is known not to have happened).
    await suite.stack.fake.control.setLatency({ route: APPROVE, ms: 0 });
    await row(main).getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => row(main).innerText()).toContain('Active');
    expect(await row(main).getByRole('alert').count()).toBe(0);
    expect(await requestsTo(APPROVE)).toHaveLength(2);
    expect(await statusIn(suite.stack.fake.control, DEMO.contacts.pending, DEMO.helpCenters.main)).toBe('ACTIVE');
  });
});

describe('the service worker stopped while Zoho’s answer to a write was on its way', () => {
  it('Zoho awarded the badge: once awake the panel reads the badges back and shows it awarded, no error, one award', async () => {
    const user = DEMO.userIdOf(DEMO.contacts.active, DEMO.helpCenters.main);
    const owned = (await acmeState(suite.stack.fake.control)).userBadges.filter((b) => b.userId === user).map((b) => b.badgeId);
    const badge = acmeWorld().badges.find((candidate) => !owned.includes(candidate.id))!;
    await open(DEMO.contacts.active);
    await waitForSettled(page!);
    const badges = section('Badges');
    await badges.getByRole('combobox', { name: 'Badge to award' }).selectOption(badge.id);
    await suite.stack.fake.control.injectFault({ route: AWARD, kind: 'lost-answer' });
    await suite.stack.fake.control.clearLog();
    await badges.getByRole('button', { name: 'Award', exact: true }).click();
    await expect.poll(async () => (await requestsTo(AWARD))[0]?.outcome).toBe(200);
    await stopServiceWorker();

    await expect.poll(() => badges.getByRole('button', { name: `Revoke ${badge.name}` }).count()).toBe(1);
    expect(await badges.getByRole('alert').count()).toBe(0);
    const log = await suite.stack.fake.control.log();
    const award = log.findIndex((entry) => entry.route === AWARD);
    expect(log.slice(award + 1).some((entry) => entry.route === USER_BADGES && entry.status === 200)).toBe(true);
    await sleep(2_000);
    expect(await requestsTo(AWARD)).toHaveLength(1);
    const now = (await acmeState(suite.stack.fake.control)).userBadges.filter((b) => b.userId === user && b.badgeId === badge.id);
    expect(now).toHaveLength(1);
  });
});

describe('the network', () => {
  it('down: says Zoho cannot be reached, with Retry that works once it is back', async () => {
    await open(DEMO.contacts.active);
    await waitForSettled(page!);
    // The connection drops while the agent works: every request to Zoho is cut, then Desk's own router
    // moves to the next contact (no reload: the page itself is already there).
    await suite.stack.fake.control.injectFault({ route: '*', kind: 'reset', count: 100_000 });
    await historyCall(page!, 'pushState', usContactUrl(DEMO.contacts.pending));
    await expect.poll(alerts).toMatch(/Zoho could not be reached/);
    await expect.poll(() => panelOf(page!).getByRole('button', { name: 'Retry' }).count()).toBeGreaterThan(0);
    await suite.stack.fake.control.reset();
    // Every failed section offers its own Retry: click each until the panel is whole again.
    for (let i = 0; i < 10 && (await panelOf(page!).getByRole('button', { name: 'Retry' }).count()) > 0; i++) {
      await panelOf(page!).getByRole('button', { name: 'Retry' }).first().click();
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await expect.poll(() => row(main).innerText()).toContain('Pending approval');
    await waitForSettled(page!);
    expect(await alerts()).toBe('');
  });
});

describe('sign-in during a session', () => {
  it('an access token that expires mid-session: the next view refreshes exactly once and carries on', async () => {
    await open(DEMO.contacts.active);
    await waitForSettled(page!);
    await suite.stack.fake.control.expireAccessTokens();
    await suite.stack.fake.control.clearLog();

    await page!.goto(usContactUrl(DEMO.contacts.pending));
    await waitForSettled(page!);
    await expect.poll(() => row(main).innerText()).toContain('Pending approval');
    expect(await alerts()).toBe('');
    const log = await suite.stack.fake.control.log();
    expect(log.filter(isRefresh)).toHaveLength(1);
    // Every call Zoho refused with the old token went out again once, with the new one, and succeeded.
    const api = log.filter((entry) => entry.path.startsWith('/api/'));
    const refused = api.filter((entry) => entry.status === 401);
    expect(refused.length).toBeGreaterThan(0);
    for (const entry of refused) {
      const again = api.filter((other) => other.route === entry.route && other.query === entry.query && other.status === 200);
      expect(again.length, `${entry.method} ${entry.path}?${entry.query} retried`).toBeGreaterThan(0);
    }
    expect(api.filter((entry) => entry.status !== 200 && entry.status !== 401)).toEqual([]);
  });
});

describe('mass actions', () => {
  it('approve-all where one item fails: that row says why in plain words with Zoho’s code, the other is Active', async () => {
    await open(DEMO.contacts.pendingTwice);
    const approveAll = section('Help centers').getByRole('button', { name: /^Approve all pending/ });
    await approveAll.waitFor();

    // Someone else approves Partners in Zoho after the panel loaded: the panel still shows it pending.
    const { accessToken } = await suite.stack.fake.control.issueToken({ agentEmail: DEMO.agent });
    const direct = await fakeFetch(suite.stack.fake)(
      `https://desk.zoho.com/api/v1/contacts/${DEMO.contacts.pendingTwice}/approveEndUserInvite`,
      {
        method: 'POST',
        headers: { Authorization: `Zoho-oauthtoken ${accessToken}`, orgId: DEMO.orgId, 'Content-Type': 'application/json' },
        body: JSON.stringify({ helpCenterIds: [DEMO.helpCenters.partners] }),
      },
    );
    expect(direct.status).toBe(200);
    expect(await statusIn(suite.stack.fake.control, DEMO.contacts.pendingTwice, DEMO.helpCenters.partners)).toBe('ACTIVE');
    expect(await row(partners).innerText()).toContain('Pending approval');

    await approveAll.click();
    await expect.poll(() => row(main).innerText()).toContain('Active');
    expect(await row(main).getByRole('alert').count()).toBe(0);
    // Zoho answered 200 with a failed item for Partners: the agent is told, with Zoho's code and message.
    await expect.poll(() => row(partners).getByRole('alert').innerText()).toMatch(
      new RegExp(`^Approve in ${partners} failed\\. Zoho refused the change\\. .*not awaiting approval.*Zoho error code: UNPROCESSABLE_ENTITY`),
    );
    // …and the row shows what Zoho holds now.
    expect(await row(partners).innerText()).toContain('Active');
    const writes = await requestsTo(APPROVE);
    expect(writes).toHaveLength(2); // the direct one and the panel's one
    expect(await statusIn(suite.stack.fake.control, DEMO.contacts.pendingTwice, DEMO.helpCenters.main)).toBe('ACTIVE');
  });
});

// Last: it signs the extension out (and back in through the panel).
describe('a revoked sign-in', () => {
  it('asks to connect again with "Connect to Zoho", and connecting from the panel brings the data back', async () => {
    await suite.stack.fake.control.revokeRefreshTokens();
    await suite.stack.fake.control.expireAccessTokens();
    const panel = await open(DEMO.contacts.pending);
    const connect = panel.getByRole('button', { name: 'Connect to Zoho' });
    await expect.poll(() => connect.count(), { timeout: 15_000 }).toBe(1);
    expect(await panel.innerText()).toMatch(/not connected to Zoho/);
    // Exactly one refresh was tried (and refused), not one per section.
    expect((await suite.stack.fake.control.log()).filter(isRefresh)).toHaveLength(1);

    await connect.click();
    await expect.poll(() => row(main).innerText(), { timeout: 15_000 }).toContain('Pending approval');
    expect(await alerts()).toBe('');
  });
});
