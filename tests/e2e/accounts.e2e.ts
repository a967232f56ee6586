import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { ONBOARDING_SIZE, onboardingCase, onboardingContactId } from '../../fake-zoho/worlds/accounts';
import { connectedSuite, panelOf } from './support/stack';
import { acmeState, helpCenterName, usContactUrl } from './support/world';
import { BULK_INVITE } from '../support/desk-routes';

// Issue 16: an account's page lists every contact (three pages of 100), Invite all shows what it will do, sends
// as few bulk calls as cover exactly the eligible contacts, once, and reports per contact; a lost answer is
// reported, never re-sent.

const suite = connectedSuite();
let page: Page;

const numbers = Array.from({ length: ONBOARDING_SIZE }, (_, i) => i + 1);
const withEmail = numbers.filter((n) => !onboardingCase.noEmail(n));
const main = helpCenterName(DEMO.helpCenters.main);

async function openAccount() {
  page = await suite.newPage();
  await page.goto(`https://desk.zoho.com/agent/${DEMO.portal}/${DEMO.department}/accounts/details/${DEMO.accounts.onboarding}`);
  const region = panelOf(page).getByRole('region', { name: 'Account contacts' });
  await expect.poll(() => region.getByRole('listitem').count(), { timeout: 15_000 }).toBe(ONBOARDING_SIZE);
  return region;
}

const inviteCalls = async () =>
  (await suite.stack.fake.control.log())
    .filter((entry) => entry.route === BULK_INVITE)
    .map((entry) => (JSON.parse(entry.body) as { helpCenterId: string; contactIds: string[] }));

async function previewFor(region: ReturnType<Page['locator']>, helpCenter: string) {
  await region.getByRole('combobox', { name: 'Help center to invite to' }).selectOption({ label: helpCenter });
  await region.getByRole('button', { name: /^Invite all/ }).click();
}

describe('the account page', () => {
  it('lists every contact of a 250-contact account, paging 0-based by 100, each linked to its contact page', async () => {
    const region = await openAccount();
    const pages = (await suite.stack.fake.control.log()).filter((entry) => entry.route === 'GET /api/v1/accounts/{accountId}/contacts');
    expect(pages.map((entry) => new URLSearchParams(entry.query).get('from'))).toEqual(['0', '100', '200']);
    expect(pages.every((entry) => new URLSearchParams(entry.query).get('limit') === '100')).toBe(true);

    const tenth = region.getByRole('listitem').nth(9);
    expect(await tenth.innerText()).toContain('No email');
    const link = region.getByRole('link', { name: 'Ada Initech 010' });
    expect(await link.getAttribute('href')).toBe(usContactUrl(onboardingContactId(10)));
    expect(await region.getByRole('listitem').nth(6).innerText()).toContain('Help-center user');
    expect(await region.getByRole('listitem').nth(0).innerText()).toContain('Not a help-center user');
  });

  it('Invite all: preview, then bulk calls covering exactly the eligible contacts, once on a double click, and the summary', async () => {
    await suite.stack.fake.control.setLatency({ route: BULK_INVITE, ms: 300 });
    const region = await openAccount();
    await previewFor(region, main);
    expect(await region.getByText(`${withEmail.length} will be invited to ${main}.`).count()).toBe(1);
    expect(await region.getByText(`${ONBOARDING_SIZE - withEmail.length} skipped:`).count()).toBe(1);
    expect(await region.getByText('Ada Initech 010: no email').count()).toBe(1);
    expect(await inviteCalls()).toEqual([]); // nothing sent before the agent confirms

    await region.getByRole('button', { name: 'Send invitations' }).dblclick();
    const status = region.getByRole('status');
    const members = withEmail.filter(onboardingCase.activeInMain).length;
    const invited = withEmail.length - members - 1;
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toContain(`${invited} invited, ${members} already members, 1 refused.`);
    expect(await status.innerText()).toContain('Initech 123: The email address is blocked in the help center.');

    const calls = await inviteCalls();
    expect(calls).toHaveLength(Math.ceil(withEmail.length / 50));
    expect(calls.every((call) => call.helpCenterId === DEMO.helpCenters.main && call.contactIds.length <= 50)).toBe(true);
    const sent = calls.flatMap((call) => call.contactIds);
    expect(sent.sort()).toEqual(withEmail.map(onboardingContactId).sort()); // each eligible contact exactly once

    const state = await acmeState(suite.stack.fake.control);
    const inMain = (n: number) =>
      state.memberships.find((m) => m.contactId === onboardingContactId(n) && m.helpCenterId === DEMO.helpCenters.main)?.userStatus ?? null;
    expect(inMain(1)).toBe('INVITED');
    expect(inMain(11)).toBe('INVITED'); // a user of Partners only is still invited to Main
    expect(inMain(7)).toBe('ACTIVE'); // already a member: left as it was
    expect(inMain(10)).toBeNull(); // no email: skipped
    expect(inMain(123)).toBeNull(); // refused
  });

  it('a batch whose answer is lost is not sent again: the agent is told whose outcome is unknown', async () => {
    await suite.stack.fake.control.injectFault({ route: BULK_INVITE, kind: 'lost-answer', count: 1 });
    const region = await openAccount();
    await previewFor(region, main);
    await region.getByRole('button', { name: 'Send invitations' }).click();
    const status = region.getByRole('status');
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toContain('Outcome unknown for 50');
    expect(await status.innerText()).toContain(`Not sent to ${withEmail.length - 50}:`);
    const calls = await inviteCalls();
    expect(calls).toHaveLength(1);

    // Zoho did invite the first batch; a second Invite all leaves those 50 out rather than e-mail them again.
    await previewFor(region, main);
    expect(await region.getByText(`${withEmail.length - 50} will be invited to ${main}.`).count()).toBe(1);
    expect(await region.getByText(/: the outcome of an earlier invitation is unknown$/).count()).toBe(50);
  });

  it('from a contact page of the account, the link leads to the account page with one panel', async () => {
    page = await suite.newPage();
    await page.goto(usContactUrl(onboardingContactId(1)));
    const link = panelOf(page).getByRole('link', { name: /^Invite everyone at Initech Industries/ });
    await link.click();
    await expect.poll(() => page.url()).toContain(`/accounts/details/${DEMO.accounts.onboarding}`);
    await expect.poll(() => panelOf(page).getByRole('region', { name: 'Account contacts' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByRole('complementary', { name: 'Desk Companion' }).count()).toBe(1);
    expect(await panelOf(page).getByRole('region', { name: 'Help centers' }).count()).toBe(0);
    expect(await page.locator('desk-companion-panel').count()).toBe(1);

    // Back to the contact: its panel again, the account's gone, still one host.
    await page.goBack();
    await expect.poll(() => panelOf(page).getByRole('region', { name: 'Help centers' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await panelOf(page).getByRole('region', { name: 'Account contacts' }).count()).toBe(0);
    expect(await page.locator('desk-companion-panel').count()).toBe(1);
  });
});
