import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { connectedSuite, panelOf, waitForSettled } from './support/stack';
import { acmeWorld, helpCenterName, usContactUrl } from './support/world';

// Issue 21: the Groups section. A help-center user's groups per help center, "Remove from <group>", and a
// "Group to add" picker of that help center's groups (every page of them) minus the user's; one write per click,
// with the help center named; the list then shows what Zoho holds, from the write's own answer.

const suite = connectedSuite();
let page: Page;

const ASSOCIATE = 'POST /api/v1/users/{userId}/groups/associate';
const DISSOCIATE = 'POST /api/v1/users/{userId}/groups/dissociate';
const USER_GROUPS = 'GET /api/v1/users/{userId}/groups';
const main = helpCenterName(DEMO.helpCenters.main);
const partners = helpCenterName(DEMO.helpCenters.partners);
const groupsOf = (helpCenterId: string) => acmeWorld().groups.filter((group) => group.helpCenterId === helpCenterId);
const groupName = (id: string) => acmeWorld().groups.find((group) => group.id === id)!.name;

async function open(contactId: string) {
  page = await suite.newPage();
  await page.goto(usContactUrl(contactId));
  await waitForSettled(page);
  return panelOf(page).getByRole('region', { name: 'Groups' });
}
const log = () => suite.stack.fake.control.log();
const writes = async () =>
  (await log())
    .filter((entry) => entry.method !== 'GET' && entry.path.startsWith('/api/'))
    .map((entry) => ({ route: entry.route, query: entry.query, body: JSON.parse(entry.body || 'null') as unknown }));
const optionsOf = (picker: Locator) => picker.evaluate((select: HTMLSelectElement) => [...select.options].map((option) => option.value));
const groupsHeld = async (userId: string) => {
  const state = (await suite.stack.fake.control.state()) as { orgs: Array<{ id: string; userGroups: Array<{ userId: string; groupId: string }> }> };
  return state.orgs.find((org) => org.id === DEMO.orgId)!.userGroups.filter((held) => held.userId === userId).map((held) => held.groupId).sort();
};

describe('Groups', () => {
  it("lists the user's groups, and offers every other group of the help center (55: two pages), a placeholder first", async () => {
    const section = await open(DEMO.contacts.active);
    const items = section.getByRole('listitem');
    expect(await items.allInnerTexts()).toEqual([expect.stringContaining('Premium customers')]);
    expect(await section.getByRole('button', { name: 'Remove from Premium customers' }).count()).toBe(1);
    const options = await optionsOf(section.getByRole('combobox', { name: 'Group to add' }));
    const mainGroups = groupsOf(DEMO.helpCenters.main);
    expect(options[0]).toBe('');
    expect(options.slice(1).sort()).toEqual(mainGroups.filter((group) => group.id !== DEMO.groups.mainFirst).map((group) => group.id).sort());
    expect(options).toContain(mainGroups.at(-1)!.id);
  });

  it('Add to group: nothing chosen sends nothing; a chosen group is one associate naming the help center, shown without reading again', async () => {
    const section = await open(DEMO.contacts.active);
    const userId = DEMO.userIdOf(DEMO.contacts.active, DEMO.helpCenters.main);
    const add = section.getByRole('button', { name: 'Add to group', exact: true });
    expect(await add.isDisabled()).toBe(true);
    await add.click({ force: true, timeout: 5_000 });
    await suite.stack.fake.control.clearLog();
    const last = groupsOf(DEMO.helpCenters.main).at(-1)!;
    await section.getByRole('combobox', { name: 'Group to add' }).selectOption(last.id);
    await add.dblclick();
    await expect.poll(() => section.getByRole('listitem').filter({ hasText: last.name }).count()).toBe(1);
    expect(await writes()).toEqual([{ route: ASSOCIATE, query: `helpCenterId=${DEMO.helpCenters.main}`, body: { groups: [{ id: last.id }] } }]);
    expect((await log()).filter((entry) => entry.route === USER_GROUPS)).toEqual([]);
    expect(await groupsHeld(userId)).toEqual([DEMO.groups.mainFirst, last.id].sort());
    expect(await optionsOf(section.getByRole('combobox', { name: 'Group to add' }))).not.toContain(last.id);
  });

  it('Remove from <group>: one dissociate naming the help center; the group leaves the list and returns to the picker', async () => {
    const section = await open(DEMO.contacts.active);
    const userId = DEMO.userIdOf(DEMO.contacts.active, DEMO.helpCenters.main);
    await suite.stack.fake.control.clearLog();
    await section.getByRole('button', { name: 'Remove from Premium customers' }).click();
    await expect.poll(() => section.getByRole('listitem').count()).toBe(0);
    expect(await writes()).toEqual([{ route: DISSOCIATE, query: `helpCenterId=${DEMO.helpCenters.main}`, body: { groupIds: [DEMO.groups.mainFirst] } }]);
    expect(await groupsHeld(userId)).toEqual([]);
    expect(await optionsOf(section.getByRole('combobox', { name: 'Group to add' }))).toContain(DEMO.groups.mainFirst);
  });

  it('one user id in two help centers: a block per help center, each picker offering only its own groups, each write naming it', async () => {
    const section = await open(DEMO.contacts.sharedUser);
    const inMain = section.getByRole('group', { name: main });
    const inPartners = section.getByRole('group', { name: partners });
    expect(await inMain.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining(groupName(DEMO.groups.mainFirst))]);
    expect(await inPartners.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining(groupName(DEMO.groups.partnersGold))]);
    const partnersOptions = await optionsOf(inPartners.getByRole('combobox', { name: 'Group to add' }));
    expect(partnersOptions.slice(1).sort()).toEqual([DEMO.groups.partnersResellers, DEMO.groups.partnersEmpty].sort());
    const mainOptions = await optionsOf(inMain.getByRole('combobox', { name: 'Group to add' }));
    expect(mainOptions).not.toContain(DEMO.groups.partnersResellers);
    await suite.stack.fake.control.clearLog();
    await inPartners.getByRole('combobox', { name: 'Group to add' }).selectOption(DEMO.groups.partnersResellers);
    await inPartners.getByRole('button', { name: 'Add to group', exact: true }).click();
    await expect.poll(() => inPartners.getByRole('listitem').count()).toBe(2);
    expect(await writes()).toEqual([
      { route: ASSOCIATE, query: `helpCenterId=${DEMO.helpCenters.partners}`, body: { groups: [{ id: DEMO.groups.partnersResellers }] } },
    ]);
    expect(await inMain.getByRole('listitem').count()).toBe(1);
  });

  it('a contact with no help-center user says so', async () => {
    const section = await open(DEMO.contacts.notMember);
    expect(await section.innerText()).toMatch(/not a user of any help center/i);
    expect(await section.getByRole('combobox').count()).toBe(0);
  });
});
