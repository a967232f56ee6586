// The account page's part of `npm run bench`: listing a 250-contact account (three pages of 100) and inviting it
// to a help center (batches of 50), each as time and Desk API calls, and time as a ratio to the round trip L.
import type { Page } from 'playwright-core';
import type { FakeZoho, LogEntry } from '../fake-zoho/server';
import { DEMO } from '../fake-zoho/worlds';
import { ONBOARDING_SIZE } from '../fake-zoho/worlds/accounts';

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
    return root?.querySelectorAll('section').length === 4 && !root.querySelector('section[aria-busy="true"]');
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
  await panel.getByRole('button', { name: /^Invite all/ }).click();
  await fake.control.clearLog();
  const invitedMs = await timeUntil(page, 'invited', () => panel.getByRole('button', { name: 'Send invitations' }).click());
  const inviteCalls = apiRoutes(await fake.control.log());
  return { firstRowsMs, listedMs, listCalls, invitedMs, inviteCalls };
}
