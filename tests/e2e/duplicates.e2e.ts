import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { panelOf, connectedSuite, waitForSettled } from './support/stack';
import { acmeState, usContactUrl } from './support/world';

// Issue 6: duplicates by email and by phone, links that move the panel, and a merge that does exactly what the
// agent chose, only after confirmation.

const suite = connectedSuite();
let page: Page;

async function open(contactId: string) {
  page = await suite.newPage();
  await page.goto(usContactUrl(contactId));
  await waitForSettled(page);
  return panelOf(page).getByRole('region', { name: 'Duplicates' });
}
const mergeCalls = async () => (await suite.stack.fake.control.log()).filter((entry) => entry.path.endsWith('/merge'));

describe('duplicates', () => {
  it('lists the duplicates by email and by phone with links to their pages, never the contact itself', async () => {
    const section = await open(DEMO.contacts.withDuplicates);
    const byEmail = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO.names.duplicateByEmail }) });
    const byPhone = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO.names.duplicateByPhone }) });
    await expect.poll(() => byEmail.innerText()).toMatch(/email/i);
    expect(await byPhone.innerText()).toMatch(/phone/i);
    expect(await section.getByRole('link', { name: DEMO.names.withDuplicates, exact: true }).count()).toBe(0);
    expect(await byEmail.getByRole('link').getAttribute('href')).toBe(usContactUrl(DEMO.contacts.duplicateByEmail));
  });

  it('following a link moves the panel to that contact without a reload', async () => {
    const section = await open(DEMO.contacts.withDuplicates);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await section.getByRole('link', { name: DEMO.names.duplicateByPhone }).click();
    await expect.poll(() => page.url()).toBe(usContactUrl(DEMO.contacts.duplicateByPhone));
    await waitForSettled(page);
    const moved = panelOf(page).getByRole('region', { name: 'Duplicates' });
    await expect.poll(() => moved.getByRole('link', { name: DEMO.names.withDuplicates }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });

  it('says so when there are none', async () => {
    const section = await open(DEMO.contacts.notMember);
    await expect.poll(() => section.getByText('No duplicates found').count()).toBe(1);
  });
});

describe('merge', () => {
  it('cancelling the dialog sends nothing', async () => {
    const section = await open(DEMO.contacts.withDuplicates);
    const item = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO.names.duplicateByEmail }) });
    await item.getByRole('button', { name: /^Merge/ }).click();
    const dialog = panelOf(page).getByRole('dialog', { name: 'Merge contacts' });
    await dialog.getByRole('radiogroup', { name: 'Record to keep' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await mergeCalls()).toEqual([]);
  });

  it('merges with the chosen field source and lands on the surviving contact', async () => {
    const section = await open(DEMO.contacts.withDuplicates);
    const item = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO.names.duplicateByEmail }) });
    await item.getByRole('button', { name: /^Merge/ }).click();
    const dialog = panelOf(page).getByRole('dialog', { name: 'Merge contacts' });
    // Keep this contact, but take the duplicate's phone number.
    await dialog.getByRole('radiogroup', { name: 'Phone' }).getByRole('radio', { name: /0199/ }).check();
    expect(await mergeCalls()).toEqual([]);
    await dialog.getByRole('checkbox', { name: /cannot be undone/ }).check();
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(async () => (await mergeCalls()).length).toBe(1);

    await expect.poll(() => page.url()).toBe(usContactUrl(DEMO.contacts.withDuplicates));
    const contacts = (await acmeState(suite.stack.fake.control)).contacts;
    const survivor = contacts.find((contact) => contact.id === DEMO.contacts.withDuplicates)!;
    expect(survivor.phone).toBe('+1 555 0199');
    expect(contacts.some((contact) => contact.id === DEMO.contacts.duplicateByEmail)).toBe(false);
  });

  it('a help-center user cannot be merged: the merge is disabled with the reason, and nothing is sent', async () => {
    const section = await open(DEMO.contacts.helpCenterUserDuplicate);
    const item = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO.names.helpCenterUser }) });
    const merge = item.getByRole('button', { name: /^Merge/ });
    await expect.poll(() => merge.isDisabled()).toBe(true);
    const reason = `${DEMO.names.helpCenterUser} is a help-center user, and Zoho does not merge help-center users.`;
    expect(await item.innerText()).toContain(reason);
    // The reason is the button's accessible description, as a screen reader announces it.
    const describedBy = (await merge.getAttribute('aria-describedby'))!.split(' ');
    const description = await Promise.all(describedBy.map((id) => panelOf(page).locator(`[id="${id}"]`).innerText()));
    expect(description.join(' ')).toBe(reason);
    await merge.click({ force: true });
    expect(await panelOf(page).getByRole('dialog').count()).toBe(0);
    const log = await suite.stack.fake.control.log();
    // One question for this contact and its duplicates (the previous test's panel may still be asking about its own).
    const asked = log.filter((entry) => entry.path === '/api/v1/contacts/contactsByIds');
    expect(asked.filter((entry) => new URLSearchParams(entry.query).get('ids')!.split(',').includes(DEMO.contacts.helpCenterUserDuplicate))).toHaveLength(1);
    expect(await mergeCalls()).toEqual([]);
  });

  it('if Zoho cannot say who is a help-center user, the merge stays possible and its refusal is said plainly', async () => {
    await suite.stack.fake.control.injectFault({ route: 'GET /api/v1/contacts/contactsByIds', kind: 403 });
    const section = await open(DEMO.contacts.helpCenterUserDuplicate);
    const item = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO.names.helpCenterUser }) });
    await item.getByRole('button', { name: /^Merge/ }).click();
    const dialog = panelOf(page).getByRole('dialog', { name: 'Merge contacts' });
    await dialog.getByRole('checkbox', { name: /cannot be undone/ }).check();
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toMatch(/help.?cent(er|re) user/i);
    expect(await mergeCalls()).toHaveLength(1);
    expect((await acmeState(suite.stack.fake.control)).contacts.some((c) => c.id === DEMO.contacts.helpCenterUser)).toBe(true);
  });
});
