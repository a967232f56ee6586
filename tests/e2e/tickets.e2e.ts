import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { connectedSuite, historyCall, panelOf, waitForSettled } from './support/stack';
import { helpCenterName, statusIn, usContactUrl } from './support/world';

// Ticket pages: the panel is about the ticket's requester, with the contact page's sections and actions; a ticket
// that cannot be read, and a grant from before the ticket scope, each say so plainly.

const suite = connectedSuite();
const T = DEMO.tickets;
const ticketUrl = (ticketId: string, tail = '') => DEMO.ticketUrl('desk.zoho.com', ticketId, tail);
const main = helpCenterName(DEMO.helpCenters.main);

async function open(url: string): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(url);
  return page;
}
const countPanels = (page: Page) => page.evaluate(() => document.querySelectorAll('desk-companion-panel').length);
const mainRow = (page: Page) => panelOf(page).getByRole('region', { name: 'Help centers' }).getByRole('listitem').filter({ hasText: main });
const log = () => suite.stack.fake.control.log();

/** Every text the panel showed from now on, batch by batch of DOM changes: what an agent could have seen. */
async function recordPanelTexts(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { panelTexts: string[] }).panelTexts = seen;
    const root = document.querySelector('desk-companion-panel')!.shadowRoot!;
    new MutationObserver(() => seen.push((root as unknown as HTMLElement).textContent ?? '')).observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { panelTexts: string[] }).panelTexts.join('\n'));
}

describe('a ticket of a contact pending approval', () => {
  it('shows one panel naming the requester, their help centers, and Approve sends one approve for that contact', async () => {
    const page = await open(ticketUrl(T.ofPending, '/conversation'));
    await waitForSettled(page);
    expect(await countPanels(page)).toBe(1);
    await expect.poll(() => panelOf(page).getByText(`Requester: ${DEMO.names.pending}`).count()).toBe(1);
    expect(await mainRow(page).innerText()).toContain('Pending approval');
    for (const name of ['Help centers', 'Badges', 'Labels', 'Groups', 'Duplicates']) {
      expect(await panelOf(page).getByRole('region', { name }).count()).toBe(1);
    }

    await mainRow(page).getByRole('button', { name: /^Approve/ }).click();
    await expect.poll(() => mainRow(page).innerText()).toContain('Active');
    const approvals = (await log()).filter((entry) => entry.method === 'POST' && entry.path.endsWith('/approveEndUserInvite'));
    expect(approvals.map((entry) => [entry.path, JSON.parse(entry.body)])).toEqual([
      [`/api/v1/contacts/${DEMO.contacts.pending}/approveEndUserInvite`, { helpCenterIds: [DEMO.helpCenters.main] }],
    ]);
    expect(await statusIn(suite.stack.fake.control, DEMO.contacts.pending, DEMO.helpCenters.main)).toBe('ACTIVE');
    // The requester of a ticket does not change with a write on the contact: one ticket read in all.
    expect((await log()).filter((entry) => entry.path === `/api/v1/tickets/${T.ofPending}`)).toHaveLength(1);
  });
});

describe('following the router', () => {
  it('ticket A → ticket B shows only B’s requester, not even for a frame, then a contact page its contact', async () => {
    const page = await open(ticketUrl(T.ofPending));
    await waitForSettled(page);
    await expect.poll(() => panelOf(page).getByText(`Requester: ${DEMO.names.pending}`).count()).toBe(1);
    const shown = await recordPanelTexts(page);
    // B's ticket answers slowly: the window in which A's requester could linger.
    await suite.stack.fake.control.setLatency({ route: 'GET /api/v1/tickets/{ticketId}', ms: 800 });

    await historyCall(page, 'pushState', ticketUrl(T.ofActive));
    await waitForSettled(page);
    await expect.poll(() => panelOf(page).getByText(`Requester: ${DEMO.names.active}`).count()).toBe(1);
    const duringB = await shown();
    expect(duringB).toContain(DEMO.names.active);
    expect(duringB).not.toContain(DEMO.names.pending);
    expect(await countPanels(page)).toBe(1);

    await historyCall(page, 'pushState', usContactUrl(DEMO.contacts.notMember));
    await waitForSettled(page);
    await expect.poll(() => panelOf(page).getByText(DEMO.names.notMember, { exact: true }).count()).toBe(1);
    expect(await panelOf(page).getByText(/^Requester:/).count()).toBe(0);
    expect(await mainRow(page).count()).toBe(0);
    expect(await panelOf(page).getByText('Not a member of any help center yet.').count()).toBe(1);
  });
});

describe('tickets that cannot be read', () => {
  it.each([
    ['a missing ticket', T.missing, /This ticket does not exist in this portal/],
    ['a ticket the role cannot see', T.restricted, /Your Zoho role cannot see this ticket/],
  ])('%s gets its own plain message with Retry', async (_name, ticketId, message) => {
    const page = await open(ticketUrl(ticketId));
    const alert = panelOf(page).getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 15_000 }).toMatch(message);
    expect(await panelOf(page).getByRole('button', { name: 'Retry' }).count()).toBe(1);
    expect(await panelOf(page).getByRole('region').count()).toBe(0);
  });
});

// Last: it withdraws the ticket scope from the sign-in, then connects again through the panel.
describe('a grant made before ticket pages', () => {
  it('asks to connect again on a ticket page while contact pages keep working; connecting brings the requester', async () => {
    await suite.stack.fake.control.withdrawScope('Desk.tickets.READ');
    const page = await open(ticketUrl(T.ofPendingTwice));
    const alert = panelOf(page).getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 15_000 }).toMatch(/Ticket pages need a permission/);
    const connect = panelOf(page).getByRole('button', { name: 'Connect to Zoho' });
    expect(await connect.count()).toBe(1);
    const ticketReads = (await log()).filter((entry) => entry.path.startsWith('/api/v1/tickets/'));
    expect(ticketReads.map((entry) => entry.status)).toEqual([401]);

    const contactPage = await open(usContactUrl(DEMO.contacts.pending));
    await waitForSettled(contactPage);
    expect(await mainRow(contactPage).innerText()).toContain('Pending approval');
    expect(await panelOf(contactPage).getByRole('alert').count()).toBe(0);

    await connect.click();
    await expect.poll(() => panelOf(page).getByText(`Requester: ${DEMO.names.pendingTwice}`).count(), { timeout: 15_000 }).toBe(1);
    await waitForSettled(page);
    expect(await panelOf(page).getByRole('alert').count()).toBe(0);
  });
});
