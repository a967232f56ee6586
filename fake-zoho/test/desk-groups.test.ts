// @vitest-environment node
// Help-center user groups and one user in several help centers: what each request is refused for, and what each
// write changes, read back through the API the way the extension would.
import { describe, expect, it } from 'vitest';
import { DEMO, loadWorld } from '../worlds';
import { deskClient } from './desk-client';

const { contacts, helpCenters, groups } = DEMO;
const acme = loadWorld().orgs.find((org) => org.id === DEMO.orgId)!;
const mainGroups = acme.groups.filter((group) => group.helpCenterId === helpCenters.main);
const shared = DEMO.userIdOf(contacts.sharedUser, helpCenters.main);
const active = DEMO.userIdOf(contacts.active, helpCenters.main);

const idsOf = (response: { json: { data: Array<{ id: string }> } }) => response.json.data.map((item) => item.id);
const statusIn = (desk: ReturnType<typeof deskClient>, contactId: string) =>
  Object.fromEntries(
    desk.get(`/api/v1/contacts/${contactId}/helpCenters`).json.data.map((item: { helpCenter: { id: string }; userStatus: string }) => [
      item.helpCenter.id,
      item.userStatus,
    ]),
  );

describe('the group catalogue', () => {
  it("lists one help center's groups, 1-based pages of at most 50: Main's 55 take two", () => {
    const desk = deskClient();
    const first = desk.get(`/api/v1/groups?helpCenterId=${helpCenters.main}&from=1&limit=50`);
    const second = desk.get(`/api/v1/groups?helpCenterId=${helpCenters.main}&from=51&limit=50`);
    expect(mainGroups).toHaveLength(55);
    expect(first.json.data).toHaveLength(50);
    expect(new Set([...idsOf(first), ...idsOf(second)])).toEqual(new Set(mainGroups.map((group) => group.id)));
    expect(idsOf(desk.get(`/api/v1/groups?helpCenterId=${helpCenters.partners}`))).toEqual([
      groups.partnersResellers,
      groups.partnersGold,
      groups.partnersEmpty,
    ]);
    expect(first.json.data[0]).toMatchObject({ id: groups.mainFirst, helpCenterId: helpCenters.main, count: '2', status: 'ACTIVE' });
    expect(desk.api.responseValidationErrors()).toEqual([]);
  });

  it('refuses what Desk refuses: a limit over 50, from=0, an unknown parameter or help center, no orgId', () => {
    const desk = deskClient();
    expect(desk.get('/api/v1/groups?limit=51').status).toBe(422);
    expect(desk.get('/api/v1/groups?from=0').status).toBe(422);
    expect(desk.get('/api/v1/groups?userId=1').status).toBe(422);
    expect(desk.get('/api/v1/groups?helpCenterId=1892000000199999').status).toBe(422);
    expect(desk.get('/api/v1/groups', { orgId: null }).status).toBe(422);
  });
});

describe("a user's groups", () => {
  it('are per help center: one userId in two help centers lists each one apart, both without helpCenterId', () => {
    const desk = deskClient();
    expect(idsOf(desk.get(`/api/v1/users/${shared}/groups?helpCenterId=${helpCenters.main}&from=1&limit=50`))).toEqual([groups.mainFirst]);
    expect(idsOf(desk.get(`/api/v1/users/${shared}/groups?helpCenterId=${helpCenters.partners}`))).toEqual([groups.partnersGold]);
    expect(idsOf(desk.get(`/api/v1/users/${shared}/groups`)).sort()).toEqual([groups.mainFirst, groups.partnersGold].sort());
    expect(desk.get(`/api/v1/users/${shared}/groups?helpCenterId=${helpCenters.developers}`).status).toBe(422);
    expect(desk.get('/api/v1/users/1892000000399999/groups').status).toBe(404);
  });

  it('associate adds the groups of the named help center and fails the others item by item, with 200', () => {
    const desk = deskClient();
    const beta = mainGroups[1]!.id;
    const response = desk.post(`/api/v1/users/${active}/groups/associate?helpCenterId=${helpCenters.main}`, {
      groups: [{ id: beta }, { id: groups.partnersGold }, { id: groups.mainFirst }, { id: '1892000000899999' }],
    });
    expect(response.status).toBe(200);
    expect(response.json.results.map((item: { id: string; success: boolean; errors: { errorCode: string } | null }) => [item.id, item.success, item.errors?.errorCode ?? null])).toEqual([
      [beta, true, null],
      [groups.partnersGold, false, 'UNPROCESSABLE_ENTITY'],
      [groups.mainFirst, false, 'UNPROCESSABLE_ENTITY'],
      ['1892000000899999', false, 'INVALID_DATA'],
    ]);
    expect(idsOf(desk.get(`/api/v1/users/${active}/groups?helpCenterId=${helpCenters.main}`)).sort()).toEqual([groups.mainFirst, beta].sort());
    expect(desk.api.responseValidationErrors()).toEqual([]);
  });

  it('dissociate removes the named groups and fails a group the user is not in', () => {
    const desk = deskClient();
    const response = desk.post(`/api/v1/users/${shared}/groups/dissociate?helpCenterId=${helpCenters.partners}`, {
      groupIds: [groups.partnersGold, groups.partnersEmpty, groups.mainFirst],
    });
    expect(response.json.results.map((item: { success: boolean }) => item.success)).toEqual([true, false, false]);
    expect(idsOf(desk.get(`/api/v1/users/${shared}/groups`))).toEqual([groups.mainFirst]);
  });

  it('refuses a body the spec does not allow', () => {
    const desk = deskClient();
    expect(desk.post(`/api/v1/users/${active}/groups/associate`, { groupIds: [groups.mainFirst] }).status).toBe(422);
    expect(desk.post(`/api/v1/users/${active}/groups/dissociate`, { groups: [{ id: groups.mainFirst }] }).status).toBe(422);
  });
});

describe("a group's users", () => {
  const resellers = groups.partnersResellers;
  const members = (desk: ReturnType<typeof deskClient>) =>
    (desk.api.snapshot() as { orgs: Array<{ id: string; userGroups: Array<{ userId: string; groupId: string }> }> }).orgs
      .find((org) => org.id === DEMO.orgId)!
      .userGroups.filter((userGroup) => userGroup.groupId === resellers)
      .map((userGroup) => userGroup.userId)
      .sort();

  it('adds and removes users with 204; a user already in (adding) or not in (removing) is left as it is', () => {
    const desk = deskClient();
    const emoji = DEMO.userIdOf(contacts.emoji, helpCenters.partners);
    const before = members(desk);
    const added = desk.post(`/api/v1/groups/${resellers}/users/add`, { users: [{ id: emoji }, { id: shared }] });
    expect(added.status).toBe(204);
    expect(added.body).toBeUndefined();
    expect(members(desk)).toEqual([...before, emoji, shared].sort());
    expect(desk.post(`/api/v1/groups/${resellers}/users/add`, { users: [{ id: emoji }] }).status).toBe(204);
    expect(desk.post(`/api/v1/groups/${resellers}/users/remove`, { userIds: [emoji, shared] }).status).toBe(204);
    expect(members(desk)).toEqual(before);
  });

  it('refuses the same user listed twice, or a user of another help center, and then changes nothing', () => {
    const desk = deskClient();
    const emoji = DEMO.userIdOf(contacts.emoji, helpCenters.partners);
    const before = members(desk);
    expect(desk.post(`/api/v1/groups/${resellers}/users/add`, { users: [{ id: emoji }, { id: emoji }] }).status).toBe(422);
    const removeTwice = desk.post(`/api/v1/groups/${resellers}/users/remove`, { userIds: [before[0], before[0]] });
    expect(removeTwice.status).toBe(422);
    expect(removeTwice.json.errors[0]).toMatchObject({ fieldName: '/userIds', errorType: 'duplicate' });
    const outsider = desk.post(`/api/v1/groups/${resellers}/users/add`, { users: [{ id: emoji }, { id: active }] });
    expect(outsider.status).toBe(422);
    expect(outsider.json.errors[0].errorMessage).toContain(active);
    expect(members(desk)).toEqual(before);
    expect(desk.post('/api/v1/groups/1892000000899999/users/add', { users: [{ id: emoji }] }).status).toBe(404);
    expect(desk.post(`/api/v1/groups/${resellers}/users/add`, { users: [] }).status).toBe(422);
  });
});

describe('one userId in several help centers', () => {
  it("is listed in each of the contact's help centers with the same userId and its own status", () => {
    const desk = deskClient();
    const data = desk.get(`/api/v1/contacts/${contacts.sharedUser}/helpCenters`).json.data;
    expect(data.map((item: { userId: string }) => item.userId)).toEqual([shared, shared]);
    expect(statusIn(desk, contacts.sharedUser)).toEqual({ [helpCenters.main]: 'ACTIVE', [helpCenters.partners]: 'DISABLED' });
  });

  it('PATCH with helpCenterId changes that help center only', () => {
    const desk = deskClient();
    const on = desk.patch(`/api/v1/users/${shared}?helpCenterId=${helpCenters.partners}`, { status: 'ACTIVE' });
    expect(on.json).toMatchObject({ id: shared, status: 'ACTIVE' });
    expect(statusIn(desk, contacts.sharedUser)).toEqual({ [helpCenters.main]: 'ACTIVE', [helpCenters.partners]: 'ACTIVE' });
    desk.patch(`/api/v1/users/${shared}?helpCenterId=${helpCenters.main}`, { status: 'DISABLED' });
    expect(statusIn(desk, contacts.sharedUser)).toEqual({ [helpCenters.main]: 'DISABLED', [helpCenters.partners]: 'ACTIVE' });
    expect(desk.patch(`/api/v1/users/${shared}?helpCenterId=${helpCenters.developers}`, { status: 'ACTIVE' }).status).toBe(422);
  });

  it('PATCH without helpCenterId changes every help center of the user (what a careless client gets)', () => {
    const desk = deskClient();
    expect(desk.patch(`/api/v1/users/${shared}`, { status: 'DISABLED' }).status).toBe(200);
    expect(statusIn(desk, contacts.sharedUser)).toEqual({ [helpCenters.main]: 'DISABLED', [helpCenters.partners]: 'DISABLED' });
    desk.patch(`/api/v1/users/${shared}`, { status: 'ACTIVE' });
    expect(statusIn(desk, contacts.sharedUser)).toEqual({ [helpCenters.main]: 'ACTIVE', [helpCenters.partners]: 'ACTIVE' });
  });

  it("labels are per help center too: a user's labels and assignable labels follow helpCenterId", () => {
    const desk = deskClient();
    const labelsIn = (helpCenterId: string) =>
      desk.get(`/api/v1/users/${shared}/labels?helpCenterId=${helpCenterId}`).json.data.map((label: { name: string }) => label.name);
    expect(labelsIn(helpCenters.main)).toEqual(['VIP']);
    expect(labelsIn(helpCenters.partners)).toEqual(['Reseller']);
    const partnersLabel = acme.labels.find((label) => label.helpCenterId === helpCenters.partners && label.name === 'Onboarding')!;
    const wrong = desk.post(`/api/v1/users/${shared}/labels/assign?helpCenterId=${helpCenters.main}`, { labels: [{ id: partnersLabel.id, isPrimary: false }] });
    expect(wrong.json.results[0].success).toBe(false);
    const right = desk.post(`/api/v1/users/${shared}/labels/assign?helpCenterId=${helpCenters.partners}`, { labels: [{ id: partnersLabel.id, isPrimary: false }] });
    expect(right.json.results[0].success).toBe(true);
  });

  it('leaving one help center keeps what the user holds in the other', () => {
    const desk = deskClient();
    const removed = desk.patch(`/api/v1/users/${shared}?helpCenterId=${helpCenters.partners}`, { status: 'DELETED' });
    expect(removed.status).toBe(200);
    expect(statusIn(desk, contacts.sharedUser)).toEqual({ [helpCenters.main]: 'ACTIVE' });
    expect(idsOf(desk.get(`/api/v1/users/${shared}/groups`))).toEqual([groups.mainFirst]);
    expect(desk.get(`/api/v1/users/${shared}/labels`).json.data.map((label: { name: string }) => label.name)).toEqual(['VIP']);
    expect(desk.get(`/api/v1/users/${shared}/badges`).json.data).toHaveLength(1);
  });
});
