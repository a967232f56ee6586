import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { UPDATE_USER, INVITE } from '../support/desk-routes';
import { connectedSuite, panelOf, waitForSettled } from './support/stack';
import { helpCenterName, statusIn, usContactUrl } from './support/world';
import { scriptClicks } from './support/page-script';

// Issue 21: a help-center user's lifecycle in the panel. Deactivate asks first and names its help center (one
// user id can stand in several: the other keeps its status); a double-click or a page script's click sends
// nothing; inviting goes through one select whose placeholder sends nothing. Checked in what the fake received
// and holds.

const suite = connectedSuite();
let page: Page;

const main = helpCenterName(DEMO.helpCenters.main);
const partners = helpCenterName(DEMO.helpCenters.partners);
const shared = DEMO.userIdOf(DEMO.contacts.sharedUser, DEMO.helpCenters.main);

async function open(contactId: string) {
  page = await suite.newPage();
  await page.goto(usContactUrl(contactId));
  await waitForSettled(page);
  return panelOf(page).getByRole('region', { name: 'Help centers' });
}
const row = (section: Locator, helpCenter: string) =>
  section.getByRole('listitem').filter({ has: page.getByText(helpCenter, { exact: true }) });
/** The Desk API writes the fake received, with their query. */
const writes = async () =>
  (await suite.stack.fake.control.log())
    .filter((entry) => entry.method !== 'GET' && entry.path.startsWith('/api/'))
    .map((entry) => ({ route: entry.route, path: entry.path, query: entry.query, body: JSON.parse(entry.body || 'null') as unknown }));
const state = (contactId: string, helpCenterId: string) => statusIn(suite.stack.fake.control, contactId, helpCenterId);

describe('Deactivate', () => {
  it('asks in the row, then sends one PATCH naming that help center; the same user in the other keeps its status', async () => {
    const section = await open(DEMO.contacts.sharedUser);
    expect(await row(section, main).innerText()).toContain('Active');
    expect(await row(section, partners).innerText()).toContain('Deactivated');
    await row(section, main).getByRole('button', { name: /^Deactivate/ }).click();
    const confirm = row(section, main).getByRole('button', { name: /^Confirm deactivation/ });
    expect(await confirm.count()).toBe(1);
    expect(await row(section, main).getByRole('button', { name: 'Cancel' }).count()).toBe(1);
    expect(await writes()).toEqual([]);
    await confirm.click();
    await expect.poll(() => row(section, main).innerText()).toContain('Deactivated');
    expect(await writes()).toEqual([
      { route: UPDATE_USER, path: `/api/v1/users/${shared}`, query: `helpCenterId=${DEMO.helpCenters.main}`, body: { status: 'DISABLED' } },
    ]);
    expect(await state(DEMO.contacts.sharedUser, DEMO.helpCenters.main)).toBe('DISABLED');
    // Reactivate the other help center: it alone changes, and so does its row.
    await row(section, partners).getByRole('button', { name: /^Reactivate/ }).click();
    await expect.poll(() => row(section, partners).innerText()).toContain('Active');
    const [, reactivate] = await writes();
    expect(reactivate).toMatchObject({ path: `/api/v1/users/${shared}`, query: `helpCenterId=${DEMO.helpCenters.partners}`, body: { status: 'ACTIVE' } });
    expect(await state(DEMO.contacts.sharedUser, DEMO.helpCenters.main)).toBe('DISABLED');
    expect(await state(DEMO.contacts.sharedUser, DEMO.helpCenters.partners)).toBe('ACTIVE');
    expect(await row(section, main).innerText()).toContain('Deactivated');
  });

  it('Cancel takes the question back and sends nothing', async () => {
    const section = await open(DEMO.contacts.active);
    await row(section, main).getByRole('button', { name: /^Deactivate/ }).click();
    await row(section, main).getByRole('button', { name: 'Cancel' }).click();
    expect(await row(section, main).getByRole('button', { name: /^Confirm deactivation/ }).count()).toBe(0);
    expect(await row(section, main).getByRole('button', { name: /^Deactivate/ }).count()).toBe(1);
    expect(await writes()).toEqual([]);
    expect(await state(DEMO.contacts.active, DEMO.helpCenters.main)).toBe('ACTIVE');
  });

  it('a double-click on Deactivate sends nothing, even when its second click lands on the confirmation', async () => {
    const section = await open(DEMO.contacts.active);
    await row(section, main).getByRole('button', { name: /^Deactivate/ }).dblclick();
    // The confirmation is there, unconfirmed (a confirmation hides it at once).
    const confirm = row(section, main).getByRole('button', { name: /^Confirm deactivation/ });
    expect(await confirm.count()).toBe(1);
    // Where the layout puts the confirmation under the pointer, the double-click's second click (click count 2)
    // lands on it: it must not count as the agent's confirmation.
    await row(section, main).getByRole('button', { name: 'Cancel' }).click();
    await row(section, main).getByRole('button', { name: /^Deactivate/ }).click();
    const box = (await confirm.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    expect(await confirm.count()).toBe(1);
    expect(await writes()).toEqual([]);
    expect(await state(DEMO.contacts.active, DEMO.helpCenters.main)).toBe('ACTIVE');
    // The agent's own confirmation is then the one write.
    await confirm.click();
    await expect.poll(() => row(section, main).innerText()).toContain('Deactivated');
    expect((await writes()).map((write) => write.route)).toEqual([UPDATE_USER]);
  });

  it('a page script can neither arm nor confirm it; the agent can', async () => {
    const section = await open(DEMO.contacts.active);
    const deactivate = row(section, main).getByRole('button', { name: /^Deactivate/ });
    await scriptClicks(deactivate);
    expect(await row(section, main).getByRole('button', { name: /^Confirm deactivation/ }).count()).toBe(0);
    await deactivate.click();
    const confirm = row(section, main).getByRole('button', { name: /^Confirm deactivation/ });
    await scriptClicks(confirm);
    expect(await confirm.count()).toBe(1);
    expect(await writes()).toEqual([]);
    await confirm.click();
    await expect.poll(() => row(section, main).innerText()).toContain('Deactivated');
    expect((await writes()).map((write) => write.route)).toEqual([UPDATE_USER]);
  });
});

describe('Invite to help center', () => {
  it('sends nothing with the placeholder chosen; sends the chosen help center once; it then is a row showing Invited', async () => {
    const section = await open(DEMO.contacts.notMember);
    const select = section.getByRole('combobox', { name: 'Invite to help center' });
    const invite = section.getByRole('button', { name: 'Invite', exact: true });
    expect(await select.evaluate((element: HTMLSelectElement) => element.value)).toBe('');
    expect(await invite.isDisabled()).toBe(true);
    await invite.click({ force: true, timeout: 5_000 });
    await scriptClicks(invite);
    expect(await writes()).toEqual([]);
    await select.selectOption(DEMO.helpCenters.partners);
    await invite.dblclick();
    await expect.poll(() => row(section, partners).innerText()).toContain('Invited');
    const sent = await writes();
    expect(sent).toEqual([{ route: INVITE, path: `/api/v1/contacts/${DEMO.contacts.notMember}/inviteAsEndUser`, query: '', body: { helpCenterId: DEMO.helpCenters.partners } }]);
    expect(await state(DEMO.contacts.notMember, DEMO.helpCenters.partners)).toBe('INVITED');
    const left = await select.evaluate((element: HTMLSelectElement) => [...element.options].map((option) => option.value));
    expect(left).not.toContain(DEMO.helpCenters.partners);
  });
});

describe('Labels, per help center', () => {
  it('one user id in two help centers: each block lists and offers its own help center’s labels, and a write names it', async () => {
    page = await suite.newPage();
    await page.goto(usContactUrl(DEMO.contacts.sharedUser));
    await waitForSettled(page);
    const section = panelOf(page).getByRole('region', { name: 'Labels' });
    const inMain = section.getByRole('group', { name: main });
    const inPartners = section.getByRole('group', { name: partners });
    expect(await inMain.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('VIP')]);
    expect(await inPartners.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('Reseller')]);
    const picker = inPartners.getByRole('combobox', { name: 'Label to add' });
    const offered = await picker.evaluate((select: HTMLSelectElement) => [...select.options].map((option) => option.textContent));
    expect(offered.slice(1).sort()).toEqual(['Gold partner', 'Onboarding']);
    await suite.stack.fake.control.clearLog();
    await picker.selectOption({ label: 'Onboarding' });
    await inPartners.getByRole('button', { name: 'Add label', exact: true }).click();
    await expect.poll(() => inPartners.getByRole('listitem').count()).toBe(2);
    const [assign] = await writes();
    expect(assign).toMatchObject({ route: 'POST /api/v1/users/{userId}/labels/assign', path: `/api/v1/users/${shared}/labels/assign`, query: `helpCenterId=${DEMO.helpCenters.partners}` });
    expect(await inMain.getByRole('listitem').count()).toBe(1);
  });
});
