import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { panelOf, connectedSuite, waitForSettled } from './support/stack';
import { helpCenterName, usContactUrl } from './support/world';
import { scriptClicks } from './support/page-script';

// Issue 15: a write happens only when the agent chose something and acted on it. A script in Desk's page (a
// rogue widget, an XSS in Desk) can reach into the panel's open shadow root and click its buttons: such clicks
// send nothing to Desk, while the agent's own clicks still work.

const suite = connectedSuite();
let page: Page;

async function open(contactId: string, name: string) {
  page = await suite.newPage();
  await page.goto(usContactUrl(contactId));
  await waitForSettled(page);
  return panelOf(page).getByRole('region', { name });
}

/** The Desk API writes the fake received, by route ("POST /api/v1/…"). */
const writes = async () =>
  (await suite.stack.fake.control.log())
    .filter((entry) => entry.method !== 'GET' && entry.path.startsWith('/api/'))
    .map((entry) => entry.route);

const main = helpCenterName(DEMO.helpCenters.main);
const partners = helpCenterName(DEMO.helpCenters.partners);
const row = (section: Locator, helpCenter: string) =>
  section.getByRole('listitem').filter({ has: page.getByText(helpCenter, { exact: true }) });

describe('pickers start on a placeholder', () => {
  it.each([
    ['Badges', 'Badge to award', 'Award', 'Choose a badge…'],
    ['Labels', 'Label to add', 'Add label', 'Choose a label…'],
  ])('%s: nothing is chosen on a fresh panel, the button stays disabled and a click sends nothing', async (name, select, button, placeholder) => {
    const section = await open(DEMO.contacts.active, name);
    const picker = section.getByRole('combobox', { name: select });
    const add = section.getByRole('button', { name: button, exact: true });
    expect(await picker.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent)).toBe(placeholder);
    expect(await add.isDisabled()).toBe(true);
    await add.click({ force: true, timeout: 5_000 });
    await scriptClicks(add);
    expect(await writes()).toEqual([]);

    const firstChoice = await picker.evaluate((element: HTMLSelectElement) => [...element.options].find((o) => o.value)!.value);
    await picker.selectOption(firstChoice);
    await add.click({ timeout: 5_000 });
    await expect.poll(writes).toHaveLength(1);
  });
});

describe('clicks from a script in the page send nothing', () => {
  it('Approve, Reject and Approve all', async () => {
    const section = await open(DEMO.contacts.pendingTwice, 'Help centers');
    await scriptClicks(section.getByRole('button', { name: 'Approve all pending' }));
    await scriptClicks(row(section, main).getByRole('button', { name: /^Approve/ }));
    await scriptClicks(row(section, partners).getByRole('button', { name: /^Reject/ }));
    // The agent's own click goes through, and is the only write Desk saw.
    await row(section, main).getByRole('button', { name: /^Approve/ }).click({ timeout: 5_000 });
    await expect.poll(() => row(section, main).innerText()).toContain('Active');
    expect(await writes()).toEqual(['POST /api/v1/contacts/{contactId}/approveEndUserInvite']);
  });

  it('Invite', async () => {
    const section = await open(DEMO.contacts.notMember, 'Help centers');
    await section.getByRole('combobox', { name: 'Invite to help center' }).selectOption(DEMO.helpCenters.main);
    const invite = section.getByRole('button', { name: 'Invite', exact: true });
    await scriptClicks(invite);
    await invite.click({ timeout: 5_000 });
    await expect.poll(writes).toEqual(['POST /api/v1/contacts/{contactId}/inviteAsEndUser']);
  });

  it('Re-invite', async () => {
    const section = await open(DEMO.contacts.invited, 'Help centers');
    const reinvite = row(section, main).getByRole('button', { name: /^Re-invite/ });
    await scriptClicks(reinvite);
    await reinvite.click({ timeout: 5_000 });
    await expect.poll(writes).toEqual(['POST /api/v1/contacts/{contactId}/inviteAsEndUser']);
  });

  it('Reactivate', async () => {
    const section = await open(DEMO.contacts.deactivated, 'Help centers');
    const reactivate = row(section, main).getByRole('button', { name: /^Reactivate/ });
    await scriptClicks(reactivate);
    await reactivate.click({ timeout: 5_000 });
    await expect.poll(writes).toEqual(['PATCH /api/v1/users/{userId}']);
  });

  it('Retry of a failed write', async () => {
    await suite.stack.fake.control.injectFault({ route: 'POST /api/v1/contacts/{contactId}/approveEndUserInvite', kind: 500 });
    const section = await open(DEMO.contacts.pending, 'Help centers');
    await row(section, main).getByRole('button', { name: /^Approve/ }).click({ timeout: 5_000 });
    const retry = row(section, main).getByRole('button', { name: 'Retry' });
    await retry.waitFor({ timeout: 10_000 });
    await scriptClicks(retry);
    await retry.click({ timeout: 5_000 });
    await expect.poll(() => row(section, main).innerText()).toContain('Active');
    expect(await writes()).toEqual([
      'POST /api/v1/contacts/{contactId}/approveEndUserInvite',
      'POST /api/v1/contacts/{contactId}/approveEndUserInvite',
    ]);
  });

  it.each([
    ['Award and Revoke', 'Badges', 'Badge to award', 'Award', /^Revoke/, 'POST /api/v1/users/{userId}/badges/dissociate'],
    ['Add label and Remove', 'Labels', 'Label to add', 'Add label', /^Remove/, 'POST /api/v1/users/{userId}/labels/remove'],
  ] as const)('%s', async (_name, heading, pickerName, add, remove, sentByTheAgent) => {
    const section = await open(DEMO.contacts.active, heading);
    const picker = section.getByRole('combobox', { name: pickerName });
    await picker.selectOption(await picker.evaluate((element: HTMLSelectElement) => [...element.options].find((o) => o.value)!.value));
    await scriptClicks(section.getByRole('button', { name: add, exact: true }));
    const removeButton = section.getByRole('button', { name: remove }).first();
    await scriptClicks(removeButton);
    await removeButton.click({ timeout: 5_000 });
    await expect.poll(writes).toEqual([sentByTheAgent]);
  });

  it('the merge confirmation: a script can neither confirm nor tick it; the agent ticks and confirms', async () => {
    const section = await open(DEMO.contacts.withDuplicates, 'Duplicates');
    const item = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO.names.duplicateByEmail }) });
    await item.getByRole('button', { name: /^Merge/ }).click({ timeout: 5_000 });
    const dialog = panelOf(page).getByRole('dialog', { name: 'Merge contacts' });
    const understood = dialog.getByRole('checkbox');
    const confirm = dialog.getByRole('button', { name: 'Merge', exact: true });
    await understood.waitFor({ timeout: 10_000 });
    // The confirmation takes a second, deliberate action: until then Merge is disabled.
    expect(await confirm.isDisabled()).toBe(true);
    await scriptClicks(understood);
    expect(await understood.isChecked()).toBe(false);
    expect(await confirm.isDisabled()).toBe(true);
    // Even a script that enables the button and clicks it gets nothing.
    await confirm.evaluate((button: HTMLButtonElement) => {
      button.disabled = false;
    });
    await scriptClicks(confirm);
    expect(await writes()).toEqual([]);

    await understood.check({ timeout: 5_000 });
    await confirm.click({ timeout: 5_000 });
    await expect.poll(writes).toEqual(['POST /api/v1/contacts/{contactId}/merge']);
  });
});
