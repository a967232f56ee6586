import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { OFFBOARDING_SIZE, offboardingCase as is, offboardingContactId } from '../../fake-zoho/worlds/offboarding';
import { openAccountPage } from './support/account';
import { connectedSuite } from './support/stack';
import { acmeWorld, helpCenterName } from './support/world';

// Issue 22, item 1: a partner joins a programme, and every one of its people goes into the partner group. The
// preview says who is added and who is skipped and why; the users go in with as few users/add calls as the spec
// allows (it sets no maximum: one), each user once.

const suite = connectedSuite();
let page: Page;

const ADD = 'POST /api/v1/groups/{groupId}/users/add';
const main = helpCenterName(DEMO.helpCenters.main);
const beta = acmeWorld().groups.find((group) => group.name === 'Beta programme')!;
const numbers = Array.from({ length: OFFBOARDING_SIZE }, (_, i) => i + 1);
const usersOfMain = numbers.filter((n) => is.activeInMain(n) || is.disabledInMain(n));
const toAdd = usersOfMain.filter((n) => !is.inBeta(n));
const userOf = (n: number) => DEMO.userIdOf(offboardingContactId(n), DEMO.helpCenters.main);

async function openAccount() {
  const opened = await openAccountPage(suite, DEMO.accounts.offboarding, OFFBOARDING_SIZE);
  page = opened.page;
  return opened.region;
}

const adds = async () =>
  (await suite.stack.fake.control.log()).filter((entry) => entry.route === ADD && entry.status !== 429).map((entry) => ({
    groupId: entry.path.split('/')[4],
    users: (JSON.parse(entry.body) as { users: Array<{ id: string }> }).users.map((user) => user.id),
  }));

describe('Add everyone to a group', () => {
  it('offers every group of every help center, each naming its help center, after a placeholder', async () => {
    const region = await openAccount();
    const picker = region.getByRole('combobox', { name: 'Group to add everyone to' });
    await expect.poll(() => picker.evaluate((element: HTMLSelectElement) => element.options.length), { timeout: 15_000 }).toBe(acmeWorld().groups.length + 1);
    const options = await picker.evaluate((element: HTMLSelectElement) => [...element.options].map((option) => option.textContent));
    expect(options[0]).toBe('Choose a group…');
    expect(options).toContain(`Beta programme (${main})`);
    expect(options).toContain(`Gold partners (${helpCenterName(DEMO.helpCenters.partners)})`);
    expect(await region.getByRole('button', { name: /^Add all/ }).isDisabled()).toBe(true);
  });

  it('preview, then one users/add call with every user not yet in the group, once; the outcome and the fake’s state', async () => {
    const region = await openAccount();
    await region.getByRole('combobox', { name: 'Group to add everyone to' }).selectOption({ label: `Beta programme (${main})` });
    await region.getByRole('button', { name: /^Add all/ }).click();
    await region.getByRole('button', { name: 'Add to group' }).waitFor({ timeout: 15_000 });
    expect(await region.getByText(`${toAdd.length} users of ${main} will be added to Beta programme.`).count()).toBe(1);
    expect(await region.getByText(/the run takes 1 more\.$/).count()).toBe(1);
    expect(await region.getByText(`${OFFBOARDING_SIZE - toAdd.length} left alone:`).count()).toBe(1);
    expect(await region.getByText('Lena Hooli 001: already in the group').count()).toBe(1);
    expect(await region.getByText('Tomás Hooli 009: not a user of this help center').count()).toBe(1);
    expect(await adds()).toEqual([]);

    await region.getByRole('button', { name: 'Add to group' }).dblclick();
    const status = region.getByRole('status');
    await expect.poll(() => status.count(), { timeout: 30_000 }).toBe(1);
    expect(await status.innerText()).toContain(`${toAdd.length} added, 0 failed, 0 not sent.`);
    const calls = await adds();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.groupId).toBe(beta.id);
    expect(calls[0]!.users.sort()).toEqual(toAdd.map(userOf).sort());

    const state = (await suite.stack.fake.control.state()) as { orgs: Array<{ id: string; userGroups?: Array<{ userId: string; groupId: string }> }> };
    const inBeta = new Set(state.orgs.find((org) => org.id === DEMO.orgId)!.userGroups!.filter((ug) => ug.groupId === beta.id).map((ug) => ug.userId));
    expect(usersOfMain.every((n) => inBeta.has(userOf(n)))).toBe(true);
  });
});
