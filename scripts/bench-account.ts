// The account page's part of `npm run bench`: listing a 250-contact account (three pages of 100) and inviting it
// to a help center (batches of 50), each as time and Desk API calls, and time as a ratio to the round trip L; then
// the 251-contact account's bulk runs (deactivate everyone in Main, add everyone to a group): the calls a preview
// and a run make, next to the fewest the API allows.
import type { Page } from 'playwright-core';
import type { FakeZoho, LogEntry } from '../fake-zoho/server';
import { DEMO } from '../fake-zoho/worlds';
import { ONBOARDING_SIZE } from '../fake-zoho/worlds/accounts';
import { OFFBOARDING_SIZE } from '../fake-zoho/worlds/offboarding';

export interface AccountFigures {
  firstRowsMs: number;
  listedMs: number;
  listCalls: string[];
  invitedMs: number;
  inviteCalls: string[];
}

/**
 * Starts watching the panel's shadow tree, runs `start`, and resolves with the time until `condition` holds. The
 * panel's host is the one the contact page left: the account panel mounts into it.
 */
async function timeUntil(page: Page, condition: 'first-rows' | 'listed' | 'invited', start: () => Promise<unknown>): Promise<number> {
  const timing = page.evaluate(
    ([mode, size]) =>
      new Promise<number>((resolve, reject) => {
        const began = performance.now();
        if (!document.querySelector('desk-companion-panel')?.shadowRoot) return reject(new Error('No panel to start from'));
        // Leaving the contact page removes its panel's host and the account panel mounts in a new one: the
        // document is watched for that, and every host's shadow tree once it appears.
        const root = () => document.querySelector('desk-companion-panel')?.shadowRoot;
        const done = () => {
          const current = root();
          if (!current) return false;
          const items = current.querySelectorAll('ul.dc-list.dc-scroll > li').length;
          if (mode === 'first-rows') return items > 0;
          if (mode === 'listed') return items === size && !current.querySelector('section[aria-busy="true"]');
          const status = current.querySelector('[role="status"]')?.textContent ?? '';
          return /\d+ invited/.test(status) && !status.includes('…');
        };
        const watched = new Set<ShadowRoot>();
        const observer = new MutationObserver(() => {
          const current = root();
          if (current && !watched.has(current)) {
            watched.add(current);
            observer.observe(current, { subtree: true, childList: true, attributes: true, characterData: true });
          }
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timeout);
          resolve(performance.now() - began);
        });
        observer.observe(document.documentElement, { childList: true });
        watched.add(root()!);
        observer.observe(root()!, { subtree: true, childList: true, attributes: true, characterData: true });
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${mode}: not reached within 60 s`));
        }, 60_000);
      }),
    [condition, ONBOARDING_SIZE] as const,
  );
  await start();
  return timing;
}

const apiRoutes = (log: LogEntry[]) => log.filter((entry) => entry.path.startsWith('/api/')).map((entry) => entry.route);

/**
 * From a settled contact page, the agent moves to the account's page (Desk's router, no reload): the account
 * panel's script is injected, the list fills page by page; then Invite all to the default help center.
 */
export async function benchAccount(page: Page, fake: FakeZoho, contactUrl: string, L: number): Promise<AccountFigures> {
  await page.goto(contactUrl);
  await page.waitForFunction(() => {
    const root = document.querySelector('desk-companion-panel')?.shadowRoot;
    return Boolean(root?.querySelector('section')) && !root?.querySelector('[aria-busy="true"]');
  });
  // The contact view's revalidation reads land first, so the account's calls are counted alone.
  await page.waitForTimeout(3 * L + 300);
  const accountUrl = `https://desk.zoho.com/agent/${DEMO.portal}/${DEMO.department}/accounts/details/${DEMO.accounts.onboarding}`;
  await fake.control.clearLog();
  const move = () => page.evaluate((target) => history.pushState({}, '', target), accountUrl);
  const firstRows = timeUntil(page, 'first-rows', async () => {});
  const [listedMs, firstRowsMs] = await Promise.all([timeUntil(page, 'listed', move), firstRows]);
  const listCalls = apiRoutes(await fake.control.log());

  const panel = page.getByRole('complementary', { name: 'Desk Companion' });
  await panel.getByRole('combobox', { name: 'Help center to invite to' }).selectOption({ label: 'Acme Help Center' });
  await panel.getByRole('button', { name: /^Invite all/ }).click();
  await fake.control.clearLog();
  const invitedMs = await timeUntil(page, 'invited', () => panel.getByRole('button', { name: 'Send invitations' }).click());
  const inviteCalls = apiRoutes(await fake.control.log());
  return { firstRowsMs, listedMs, listCalls, invitedMs, inviteCalls };
}

export interface RunFigures {
  name: string;
  previewCalls: number;
  /** The fewest reads that tell who is who: the help center's user list, or one read per help-center user. */
  previewMinimum: number;
  runCalls: number;
  /** One PATCH per user (the API has no bulk status change); one users/add call for a group (no maxItems). */
  runMinimum: number;
  runMs: number;
  /** 429 answers the run met (none unless a concurrency limit is set). */
  limited: number;
}

const writesOf = (log: LogEntry[]) => log.filter((entry) => entry.method !== 'GET' && entry.path.startsWith('/api/'));

/** Deactivate all in Main, then (on a fresh fake) add everyone to Main's Beta programme, on Hooli's 251 contacts. */
export async function benchAccountRuns(page: Page, fake: FakeZoho): Promise<RunFigures[]> {
  const acme = fake.world.orgs.find((org) => org.id === DEMO.orgId)!;
  const main = DEMO.helpCenters.main;
  const hooli = acme.contacts.filter((contact) => contact.accountId === DEMO.accounts.offboarding).map((contact) => contact.id);
  const endUsers = hooli.filter((id) => acme.memberships.some((m) => m.contactId === id)).length;
  const listed = new Set(acme.memberships.filter((m) => m.helpCenterId === main && ['ACTIVE', 'DISABLED'].includes(m.userStatus)).map((m) => m.userId)).size;
  const whoIsWho = Math.min(Math.ceil(listed / 50), endUsers);
  const beta = acme.groups.find((group) => group.name === 'Beta programme')!;
  const betaMembers = acme.userGroups.filter((userGroup) => userGroup.groupId === beta.id).length;
  const active = hooli.filter((id) => acme.memberships.some((m) => m.contactId === id && m.helpCenterId === main && m.userStatus === 'ACTIVE')).length;

  const cases = [
    { name: 'deactivate all in Main', select: 'Help center to deactivate in', option: 'Acme Help Center', open: /^Deactivate all/, confirm: /^Confirm deactivation/, outcome: /\d+ deactivated/, previewMinimum: whoIsWho, runMinimum: active },
    { name: 'add all to Beta programme', select: 'Group to add everyone to', option: 'Beta programme (Acme Help Center)', open: /^Add all/, confirm: /^Add to group$/, outcome: /\d+ added/, previewMinimum: whoIsWho + Math.max(1, Math.ceil(betaMembers / 100)), runMinimum: 1 },
  ];
  const figures: RunFigures[] = [];
  for (const run of cases) {
    await fake.control.reset();
    await page.goto(DEMO.accountUrl('desk.zoho.com', DEMO.accounts.offboarding));
    const panel = page.getByRole('complementary', { name: 'Desk Companion' });
    await panel.getByRole('link').nth(OFFBOARDING_SIZE - 1).waitFor({ timeout: 60_000 });
    const picker = panel.getByRole('combobox', { name: run.select });
    await picker.and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
    await picker.selectOption({ label: run.option });
    await fake.control.clearLog();
    await panel.getByRole('button', { name: run.open }).click();
    const confirm = panel.getByRole('button', { name: run.confirm });
    await confirm.waitFor({ timeout: 60_000 });
    const previewCalls = (await fake.control.log()).filter((entry) => entry.path.startsWith('/api/')).length;
    await fake.control.clearLog();
    const began = Date.now();
    await confirm.click();
    // The account's earlier run (the other case) still shows its outcome until this one's replaces it.
    await panel.getByRole('status').filter({ hasText: run.outcome }).waitFor({ timeout: 300_000 });
    const runMs = Date.now() - began;
    const writes = writesOf(await fake.control.log());
    figures.push({
      name: run.name,
      previewCalls,
      previewMinimum: run.previewMinimum,
      runCalls: writes.filter((entry) => entry.status !== 429).length,
      runMinimum: run.runMinimum,
      runMs,
      limited: writes.filter((entry) => entry.status === 429).length,
    });
  }
  return figures;
}
