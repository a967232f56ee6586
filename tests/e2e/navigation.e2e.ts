import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { historyCall, panelOf, startStack, waitForSettled, type Stack } from './support/stack';
import { helpCenterName, usContactUrl as us } from './support/world';

// The foundation's promises, seen the way an agent sees them: the panel is on contact pages of every data
// center, follows Desk's SPA navigation with exactly one landmark, and is gone elsewhere.

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ connect: true });
});
afterAll(async () => {
  await stack?.close();
});

const countPanels = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.querySelectorAll('desk-companion-panel').length);

async function openPage(url: string) {
  const page = await stack.browser.context.newPage();
  await page.goto(url);
  return page;
}

describe('contact pages on every data center', () => {
  it.each([
    ['us', us(DEMO.contacts.active)],
    ['eu', DEMO.contactUrl('desk.zoho.eu', DEMO.eu.contactId, DEMO.eu)],
    ['in', DEMO.contactUrl('desk.zoho.in', DEMO.in.contactId, DEMO.in)],
  ])('shows the panel on a %s contact page', async (_dc, url) => {
    const page = await openPage(url);
    await expect.poll(() => panelOf(page).count()).toBe(1);
    await expect.poll(() => panelOf(page).getByRole('heading', { name: 'Desk Companion' }).isVisible()).toBe(true);
    await page.close();
  });

  it('reads the contact from the tab segment, query and hash forms', async () => {
    const page = await openPage(us(DEMO.contacts.active, '/tickets?tab=open#top'));
    await waitForSettled(page);
    await expect.poll(() => panelOf(page).getByRole('region', { name: 'Help centers' }).count()).toBe(1);
    await page.close();
  });
});

describe('pages that are not a contact', () => {
  it.each([
    ['the contact list', `https://desk.zoho.com/agent/${DEMO.portal}/${DEMO.department}/contacts/list`],
    ['the ticket list', `https://desk.zoho.com/agent/${DEMO.portal}/${DEMO.department}/tickets/list/open`],
    ['setup', `https://desk.zoho.com/agent/${DEMO.portal}/setup`],
  ])('%s gets no panel', async (_name, url) => {
    const page = await openPage(url);
    await page.waitForLoadState('load');
    // Give a content script that wrongly matched the time to render.
    await page.waitForTimeout(500);
    expect(await countPanels(page)).toBe(0);
    await page.close();
  });
});

describe('following the SPA', () => {
  it('moves with pushState, replaceState, back/forward and hash changes, keeping exactly one panel', async () => {
    const page = await openPage(us(DEMO.contacts.active));
    await waitForSettled(page);
    const pendingIn = helpCenterName(DEMO.helpCenters.pendingIn);
    const statusOf = (helpCenter: string) =>
      panelOf(page).getByRole('listitem').filter({ hasText: helpCenter }).first().innerText();
    // A contact of no help center has no rows: the section says so.
    const noMemberships = () => panelOf(page).getByText('Not a member of any help center yet.').count();

    await historyCall(page, 'pushState', us(DEMO.contacts.pending));
    await expect.poll(() => statusOf(pendingIn)).toContain('Pending approval');
    expect(await countPanels(page)).toBe(1);

    await historyCall(page, 'pushState', `https://desk.zoho.com/agent/${DEMO.portal}/${DEMO.department}/contacts/list`);
    await expect.poll(() => countPanels(page)).toBe(0);

    await page.goBack();
    await expect.poll(() => countPanels(page)).toBe(1);
    await expect.poll(() => statusOf(pendingIn)).toContain('Pending approval');

    await historyCall(page, 'replaceState', us(DEMO.contacts.notMember));
    await expect.poll(noMemberships).toBe(1);

    await page.goBack();
    await expect.poll(() => statusOf(pendingIn)).not.toContain('Pending approval');
    await page.goForward();
    await expect.poll(noMemberships).toBe(1);

    await page.evaluate((id) => {
      location.hash = `#/contacts/details/${id}`;
    }, DEMO.contacts.pending);
    // A hash change on a contact page keeps the contact of the path: still exactly one panel.
    await expect.poll(() => countPanels(page)).toBe(1);
    await page.close();
  });

  it('never shows the previous contact’s data when the agent moves on while it loads', async () => {
    const page = await openPage(us(DEMO.contacts.active));
    await waitForSettled(page);
    // The next helpCenters request (contact A's) hangs; B's answers normally.
    await stack.fake.control.injectFault({ route: 'GET /api/v1/contacts/{contactId}/helpCenters', count: 1, kind: 'hang' });
    await historyCall(page, 'pushState', us(DEMO.contacts.pending));
    await expect
      .poll(() => panelOf(page).getByRole('region', { name: 'Help centers' }).getAttribute('aria-busy'))
      .toBe('true');
    await historyCall(page, 'pushState', us(DEMO.contacts.notMember));
    await waitForSettled(page);
    const helpCenters = panelOf(page).getByRole('region', { name: 'Help centers' });
    await expect.poll(() => helpCenters.innerText()).not.toContain('Pending approval');
    expect(await countPanels(page)).toBe(1);
    await stack.fake.control.reset();
    await page.close();
  });

  it('follows the agent page’s own links without a reload', async () => {
    const page = await openPage(`https://desk.zoho.com/agent/${DEMO.portal}/${DEMO.department}/contacts/list`);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole('link', { name: DEMO.names.pending }).first().click();
    await expect.poll(() => countPanels(page)).toBe(1);
    await waitForSettled(page);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.close();
  });
});

describe('the panel shell', () => {
  it('collapses and remembers it across a reload, without covering Desk’s controls', async () => {
    const page = await openPage(us(DEMO.contacts.active));
    const panel = panelOf(page);
    await panel.getByRole('button', { name: 'Collapse Desk Companion' }).click();
    await expect.poll(() => panel.getByRole('button', { name: 'Expand Desk Companion' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => panelOf(page).getByRole('button', { name: 'Expand Desk Companion' }).count()).toBe(1);
    await panelOf(page).getByRole('button', { name: 'Expand Desk Companion' }).click();

    // Every control of Desk's own page stays reachable: the element at its centre is itself, not our panel.
    const covered = await page.evaluate(() =>
      [...document.querySelectorAll('body button, body a')].filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return hit !== null && !element.contains(hit) && hit.closest('desk-companion-panel') !== null;
      }).map((element) => element.textContent),
    );
    expect(covered).toEqual([]);
    await page.close();
  });

  it('marks sections busy while they load', async () => {
    await stack.fake.control.setLatency({ route: 'GET /api/v1/contacts/{contactId}/helpCenters', ms: 800 });
    const page = await openPage(us(DEMO.contacts.pending));
    await expect
      .poll(() => panelOf(page).getByRole('region', { name: 'Help centers' }).getAttribute('aria-busy'))
      .toBe('true');
    await waitForSettled(page);
    await stack.fake.control.reset();
    await page.close();
  });
});

describe('theme', () => {
  it('goes dark with Desk’s night theme and with the system’s dark mode, light otherwise', async () => {
    const themeOf = (page: import('playwright-core').Page) =>
      page.evaluate(() => document.querySelector('desk-companion-panel')?.getAttribute('data-theme'));
    const page = await openPage(us(DEMO.contacts.active));
    await expect.poll(() => themeOf(page)).toBe('light');
    const background = () =>
      panelOf(page).evaluate((panel) => getComputedStyle(panel).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');

    await page.goto(us(DEMO.contacts.active, '?theme=night'));
    await expect.poll(() => themeOf(page)).toBe('dark');
    expect(await background()).not.toBe('rgb(255, 255, 255)');

    await page.goto(us(DEMO.contacts.active));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => themeOf(page)).toBe('dark');
    await page.close();
  });
});
