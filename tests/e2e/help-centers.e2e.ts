import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { panelOf, connectedSuite, waitForSettled } from './support/stack';
import { acmeWorld, helpCenterName, statusIn, usContactUrl } from './support/world';

// Issue 4: every action changes the fake's state, the row shows what Zoho reads back, one click sends one
// request, and failures are told in plain words.

const suite = connectedSuite();
let page: Page;

const main = helpCenterName(DEMO.helpCenters.main);
const partners = helpCenterName(DEMO.helpCenters.partners);

async function open(contactId: string) {
  page = await suite.newPage();
  await page.goto(usContactUrl(contactId));
  await waitForSettled(page);
  return panelOf(page).getByRole('region', { name: 'Help centers' });
}
const row = (section: ReturnType<Page['locator']>, helpCenter: string) =>
  section.getByRole('listitem').filter({ has: page.getByText(helpCenter, { exact: true }) });
const writesTo = async (suffix: string) =>
  (await suite.stack.fake.control.log()).filter((entry) => entry.method !== 'GET' && entry.path.endsWith(suffix));

describe('the list', () => {
  it('lists the help centers the contact is a user of, with the status in each; every other one (all pages) only in the invite select', async () => {
    const section = await open(DEMO.contacts.pending);
    await expect.poll(() => section.getByRole('listitem').count()).toBe(2);
    expect(await row(section, main).innerText()).toContain('Pending approval');
    expect(await row(section, partners).innerText()).toContain('Active');
    expect(await section.getByText('Not a member').count()).toBe(0);
    const options = await section
      .getByRole('combobox', { name: 'Invite to help center' })
      .evaluate((select: HTMLSelectElement) => [...select.options].map((option) => option.value));
    const last = acmeWorld().helpCenters.at(-1)!;
    expect(options[0]).toBe('');
    expect(options).toHaveLength(1 + acmeWorld().helpCenters.length - 2);
    expect(options).toContain(last.id);
  });

  it('reads an open-ended status as what it means, keeping Zoho’s raw value at hand', async () => {
    const section = await open(DEMO.contacts.oddStatus);
    // AWAITING_VERIFICATION is not one of the documented values; anything awaiting is pending approval.
    expect(await row(section, main).innerText()).toContain('Pending approval');
    expect(await row(section, main).getByTitle(/AWAITING_VERIFICATION/).count()).toBe(1);
  });
});

describe('actions', () => {
  it('approves: the fake’s user becomes ACTIVE and the row reads it back', async () => {
    const section = await open(DEMO.contacts.pending);
    await row(section, main).getByRole('button', { name: /^Approve/ }).click();
    await expect.poll(() => row(section, main).innerText()).toContain('Active');
    expect(await statusIn(suite.stack.fake.control, DEMO.contacts.pending, DEMO.helpCenters.main)).toBe('ACTIVE');
    expect(await writesTo('/approveEndUserInvite')).toHaveLength(1);
  });

  it('a double click sends one request', async () => {
    await suite.stack.fake.control.setLatency({ route: 'POST /api/v1/contacts/{contactId}/approveEndUserInvite', ms: 600 });
    const section = await open(DEMO.contacts.pending);
    await row(section, main).getByRole('button', { name: /^Approve/ }).dblclick();
    await expect.poll(() => row(section, main).innerText()).toContain('Active');
    expect(await writesTo('/approveEndUserInvite')).toHaveLength(1);
  });

  it('rejects', async () => {
    const section = await open(DEMO.contacts.pending);
    await row(section, main).getByRole('button', { name: /^Reject/ }).click();
    // Zoho drops a rejected sign-up: the help center is no row any more, and can be invited to again.
    await expect.poll(() => row(section, main).count()).toBe(0);
    const options = section.getByRole('combobox', { name: 'Invite to help center' }).locator('option');
    expect(await options.evaluateAll((all: HTMLOptionElement[]) => all.map((option) => option.value))).toContain(DEMO.helpCenters.main);
    expect(await statusIn(suite.stack.fake.control, DEMO.contacts.pending, DEMO.helpCenters.main)).not.toBe('PENDING');
  });

  it('invites a contact who is not a member: the help center then is a row showing Invited', async () => {
    const section = await open(DEMO.contacts.notMember);
    await section.getByRole('combobox', { name: 'Invite to help center' }).selectOption(DEMO.helpCenters.main);
    await section.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect.poll(() => row(section, main).innerText()).toContain('Invited');
    expect(await statusIn(suite.stack.fake.control, DEMO.contacts.notMember, DEMO.helpCenters.main)).not.toBeNull();
    expect(await writesTo('/inviteAsEndUser')).toHaveLength(1);
  });

  it('cannot invite a contact without an email, and says why', async () => {
    const section = await open(DEMO.contacts.noEmail);
    const select = section.getByRole('combobox', { name: 'Invite to help center' });
    const invite = section.getByRole('button', { name: 'Invite', exact: true });
    for (const control of [select, invite]) {
      expect(await control.isDisabled()).toBe(true);
      // The reason is said once and tied to both controls.
      const reasonId = await control.getAttribute('aria-describedby');
      expect(reasonId).toBeTruthy();
      expect(await section.locator(`[id="${reasonId}"]`).innerText()).toMatch(/no email/i);
    }
  });

  it('re-invites an invited user', async () => {
    const section = await open(DEMO.contacts.invited);
    await row(section, main).getByRole('button', { name: /^Re-invite/ }).click();
    await expect.poll(async () => (await writesTo('/inviteAsEndUser')).length).toBe(1);
    await expect.poll(() => row(section, main).innerText()).toContain('Invited');
  });

  it('reactivates a deactivated user', async () => {
    const section = await open(DEMO.contacts.deactivated);
    await row(section, main).getByRole('button', { name: /^Reactivate/ }).click();
    await expect.poll(() => row(section, main).innerText()).toContain('Active');
    expect(await statusIn(suite.stack.fake.control, DEMO.contacts.deactivated, DEMO.helpCenters.main)).toBe('ACTIVE');
  });

  it('approves every pending row in one call', async () => {
    const section = await open(DEMO.contacts.pendingTwice);
    await section.getByRole('button', { name: /^Approve all pending/ }).click();
    await expect.poll(() => row(section, partners).innerText()).toContain('Active');
    expect(await row(section, main).innerText()).toContain('Active');
    const writes = await writesTo('/approveEndUserInvite');
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0]!.body).helpCenterIds.sort()).toEqual([DEMO.helpCenters.main, DEMO.helpCenters.partners].sort());
  });
});

describe('failures', () => {
  it('a 403 says the role lacks the permission, keeps the old state, and offers Retry', async () => {
    const section = await open(DEMO.contacts.pending);
    await suite.stack.fake.control.injectFault({ route: 'POST /api/v1/contacts/{contactId}/approveEndUserInvite', count: 1, kind: 403 });
    await row(section, main).getByRole('button', { name: /^Approve/ }).click();
    const alert = row(section, main).getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/permission/i);
    expect(await row(section, main).innerText()).toContain('Pending approval');
    await row(section, main).getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => row(section, main).innerText()).toContain('Active');
  });
});
