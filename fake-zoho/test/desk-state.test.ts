// @vitest-environment node
// The stateful behaviour: what each write changes, read back through the API the way the extension would.
import { describe, expect, it } from 'vitest';
import { createDeskApi } from '../desk';
import { DEMO, loadWorld } from '../worlds';
import { deskClient } from './desk-client';

const { contacts, helpCenters } = DEMO;
const statusIn = (desk: ReturnType<typeof deskClient>, contactId: string) =>
  Object.fromEntries(
    desk
      .get(`/api/v1/contacts/${contactId}/helpCenters`)
      .json.data.map((item: { helpCenter: { id: string }; userStatus: string }) => [item.helpCenter.id, item.userStatus]),
  );

describe('help centers and memberships', () => {
  it('pages help centers 1-based: from=1 limit=50, then from=51 gives the rest', () => {
    const desk = deskClient();
    const first = desk.get('/api/v1/helpCenters?from=1&limit=50').json.data;
    const second = desk.get('/api/v1/helpCenters?from=51&limit=50').json.data;
    expect(first).toHaveLength(50);
    expect(second).toHaveLength(10);
    expect(first[0].id).toBe(helpCenters.main);
    expect(new Set([...first, ...second].map((hc: { id: string }) => hc.id)).size).toBe(60);
    expect(second.some((hc: { status: string }) => hc.status === 'DISABLED')).toBe(true);
    expect(desk.get('/api/v1/helpCenters?from=101&limit=50').json).toEqual({ data: [] });
  });

  it("lists a contact's help centers with status and a different userId in each", () => {
    const desk = deskClient();
    const data = desk.get(`/api/v1/contacts/${contacts.multiUser}/helpCenters`).json.data;
    expect(data.length).toBeGreaterThanOrEqual(2);
    expect(new Set(data.map((item: { userId: string }) => item.userId)).size).toBe(data.length);
    expect(data[0].helpCenter).toEqual({ id: helpCenters.main, name: 'Acme Help Center', url: expect.stringMatching(/^https:/), status: 'ACTIVE' });
    expect(statusIn(desk, contacts.oddStatus)).toEqual({ [helpCenters.main]: 'AWAITING_VERIFICATION' });
    expect(desk.get(`/api/v1/contacts/${contacts.notMember}/helpCenters`).json).toEqual({ data: [] });
    expect(desk.get('/api/v1/contacts/1892000000049999/helpCenters').status).toBe(404);
  });

  it('approves a pending user (read back ACTIVE) and fails items that are not pending, still with 200', () => {
    const desk = deskClient();
    const response = desk.post(`/api/v1/contacts/${contacts.pending}/approveEndUserInvite`, {
      helpCenterIds: [helpCenters.main, helpCenters.partners, helpCenters.developers],
    });
    expect(response.status).toBe(200);
    expect(response.json.results.map((item: { success: boolean }) => item.success)).toEqual([true, false, false]);
    expect(response.json.results[1].errors).toMatchObject({ errorCode: 'UNPROCESSABLE_ENTITY', httpCode: '422' });
    expect(statusIn(desk, contacts.pending)).toEqual({ [helpCenters.main]: 'ACTIVE', [helpCenters.partners]: 'ACTIVE' });
  });

  it('rejects a pending user: the membership goes away', () => {
    const desk = deskClient();
    const response = desk.post(`/api/v1/contacts/${contacts.pendingTwice}/rejectEndUserInvite`, { helpCenterIds: [helpCenters.partners] });
    expect(response.json.results).toEqual([{ success: true, id: helpCenters.partners, errors: null }]);
    expect(statusIn(desk, contacts.pendingTwice)).toEqual({ [helpCenters.main]: 'PENDING' });
  });

  it('invites a contact (204, then INVITED), allows a re-invite, refuses a contact without email', () => {
    const desk = deskClient();
    const url = `/api/v1/contacts/${contacts.notMember}/inviteAsEndUser`;
    const first = desk.post(url, { helpCenterId: helpCenters.partners });
    expect(first.status).toBe(204);
    expect(first.body).toBeUndefined();
    expect(statusIn(desk, contacts.notMember)).toEqual({ [helpCenters.partners]: 'INVITED' });
    expect(desk.post(url, { helpCenterId: helpCenters.partners }).status).toBe(204);
    expect(desk.get(`/api/v1/contacts/${contacts.notMember}/helpCenters`).json.data).toHaveLength(1);

    const noEmail = desk.post(`/api/v1/contacts/${contacts.noEmail}/inviteAsEndUser`, { helpCenterId: helpCenters.main });
    expect(noEmail.status).toBe(422);
    expect(noEmail.json.errors[0]).toMatchObject({ fieldName: '/email', errorType: 'missing' });
    const active = desk.post(`/api/v1/contacts/${contacts.active}/inviteAsEndUser`, { helpCenterId: helpCenters.main });
    expect(active.status).toBe(422);
    const disabledHelpCenter = desk.post(url, { helpCenterId: helpCenters.legacyDisabled });
    expect(disabledHelpCenter.status).toBe(422);
  });

  it('invites many contacts with a result per contact', () => {
    const desk = deskClient();
    const response = desk.post('/api/v1/contacts/inviteAsEndUser', {
      helpCenterId: helpCenters.developers,
      contactIds: [contacts.notMember, contacts.noEmail, contacts.active, '1892000000049999'],
    });
    expect(response.status).toBe(200);
    expect(response.json.results.map((item: { id: string; success: boolean }) => [item.id, item.success])).toEqual([
      [contacts.notMember, true],
      [contacts.noEmail, false],
      [contacts.active, true],
      ['1892000000049999', false],
    ]);
    expect(statusIn(desk, contacts.active)[helpCenters.developers]).toBe('INVITED');
  });

  it('deactivates and reactivates a user, and refuses to activate an invited one', () => {
    const desk = deskClient();
    const userId = DEMO.userIdOf(contacts.active, helpCenters.main);
    const off = desk.patch(`/api/v1/users/${userId}`, { status: 'DISABLED' });
    expect(off.status).toBe(200);
    expect(off.json).toMatchObject({ id: userId, status: 'DISABLED', contactId: contacts.active });
    expect(statusIn(desk, contacts.active)[helpCenters.main]).toBe('DISABLED');
    expect(desk.patch(`/api/v1/users/${userId}`, { status: 'ACTIVE' }).json.status).toBe('ACTIVE');
    const invited = DEMO.userIdOf(contacts.invited, helpCenters.main);
    expect(desk.patch(`/api/v1/users/${invited}`, { status: 'ACTIVE' }).status).toBe(422);
    expect(desk.patch('/api/v1/users/1892000000399999', { status: 'ACTIVE' }).status).toBe(404);
  });
});

describe('badges', () => {
  const userId = DEMO.userIdOf(contacts.pending, helpCenters.partners);
  const badgeIds = (desk: ReturnType<typeof deskClient>) =>
    desk.get(`/api/v1/users/${userId}/badges?from=1&limit=50`).json.data.map((badge: { id: string }) => badge.id);

  it('lists the catalogue as a bare array, paged, over 50 badges', () => {
    const desk = deskClient();
    const first = desk.get('/api/v1/badges?from=1&limit=50').json;
    const second = desk.get('/api/v1/badges?from=51&limit=50').json;
    expect(Array.isArray(first)).toBe(true);
    expect(first.length + second.length).toBeGreaterThan(50);
    expect(second.length).toBeGreaterThan(0);
  });

  it('associates and dissociates, read back, with a result per badge', () => {
    const desk = deskClient();
    const before = badgeIds(desk);
    const catalogue = desk.get('/api/v1/badges?from=1&limit=50').json.map((badge: { id: string }) => badge.id);
    const fresh = catalogue.find((id: string) => !before.includes(id));
    const associated = desk.post(`/api/v1/users/${userId}/badges/associate`, { badgeIds: [fresh, before[0], '1892000000599999'] });
    expect(associated.status).toBe(200);
    expect(associated.json.results.map((item: { success: boolean }) => item.success)).toEqual([true, false, false]);
    expect(badgeIds(desk)).toEqual([...before, fresh]);
    const dissociated = desk.post(`/api/v1/users/${userId}/badges/dissociate`, { badgeIds: [before[0]] });
    expect(dissociated.json.results[0].success).toBe(true);
    expect(badgeIds(desk)).toEqual([...before.slice(1), fresh]);
  });

  it("returns a user's badges as {data} by default, as a bare array when asked", () => {
    const desk = deskClient();
    expect(desk.get(`/api/v1/users/${userId}/badges`).json.data.length).toBe(2);
    desk.api.setBadgesShape('array');
    const bare = desk.get(`/api/v1/users/${userId}/badges`).json;
    expect(Array.isArray(bare)).toBe(true);
    expect(bare).toHaveLength(2);
    expect(desk.api.responseValidationErrors()).toEqual([]);
    desk.api.reset();
    expect(Array.isArray(desk.get(`/api/v1/users/${userId}/badges`).json)).toBe(false);
  });

  it('pages a user with 55 badges', () => {
    const desk = deskClient();
    const collector = DEMO.userIdOf(contacts.manyBadges, helpCenters.main);
    expect(desk.get(`/api/v1/users/${collector}/badges?from=1&limit=50`).json.data).toHaveLength(50);
    expect(desk.get(`/api/v1/users/${collector}/badges?from=51&limit=50`).json.data).toHaveLength(5);
  });
});

describe('labels', () => {
  const userId = DEMO.userIdOf(contacts.pending, helpCenters.partners);
  const userLabelIds = (desk: ReturnType<typeof deskClient>) =>
    desk
      .get(`/api/v1/users/${userId}/labels?from=1&limit=50`)
      .json.data.map((label: { id: string; isPrimary: boolean }) => `${label.id}${label.isPrimary ? '*' : ''}`);

  it("lists a help center's labels only", () => {
    const desk = deskClient();
    const main = desk.get(`/api/v1/labels?helpCenterId=${helpCenters.main}&from=1&limit=50`).json.data;
    const partners = desk.get(`/api/v1/labels?helpCenterId=${helpCenters.partners}&from=1&limit=50`).json.data;
    expect(main.length).toBeGreaterThan(0);
    expect(partners.length).toBeGreaterThan(0);
    expect(main.every((label: { helpCenterId: string }) => label.helpCenterId === helpCenters.main)).toBe(true);
    expect(partners.every((label: { helpCenterId: string }) => label.helpCenterId === helpCenters.partners)).toBe(true);
  });

  it('assigns (one primary at a time) and removes, read back; a label of another help center fails its item', () => {
    const desk = deskClient();
    const partnersLabels = desk.get(`/api/v1/labels?helpCenterId=${helpCenters.partners}`).json.data.map((label: { id: string }) => label.id);
    const mainLabel = desk.get(`/api/v1/labels?helpCenterId=${helpCenters.main}`).json.data[0].id;
    expect(userLabelIds(desk)).toEqual([`${partnersLabels[0]}*`, partnersLabels[1]]);
    const assigned = desk.post(`/api/v1/users/${userId}/labels/assign`, {
      labels: [
        { id: partnersLabels[2], isPrimary: true },
        { id: mainLabel, isPrimary: false },
      ],
    });
    expect(assigned.json.results.map((item: { success: boolean }) => item.success)).toEqual([true, false]);
    expect(assigned.json.results[1].errors).toMatchObject({ errorCode: 'UNPROCESSABLE_ENTITY', error: expect.any(String) });
    expect(userLabelIds(desk).sort()).toEqual([partnersLabels[0], partnersLabels[1], `${partnersLabels[2]}*`].sort());
    const removed = desk.post(`/api/v1/users/${userId}/labels/remove`, { labelIds: [partnersLabels[0], mainLabel] });
    expect(removed.json.results.map((item: { success: boolean }) => item.success)).toEqual([true, false]);
    expect(userLabelIds(desk).sort()).toEqual([partnersLabels[1], `${partnersLabels[2]}*`].sort());
  });
});

describe('duplicates', () => {
  const duplicatesOf = (desk: ReturnType<typeof deskClient>, fieldName: string, value: string) =>
    desk
      .get(`/api/v1/groupContacts?fieldName=${fieldName}&fieldValues=${encodeURIComponent(value)}&from=0&limit=10`)
      .json.data.flatMap((group: { contacts: Array<{ id: string }> }) => group.contacts.map((contact) => contact.id));

  it('groups contacts sharing an email or a phone', () => {
    const desk = deskClient();
    expect(duplicatesOf(desk, 'email', 'dana@customer.example').sort()).toEqual([contacts.withDuplicates, contacts.duplicateByEmail].sort());
    expect(duplicatesOf(desk, 'phone', '+1 555 0142').sort()).toEqual([contacts.withDuplicates, contacts.duplicateByPhone].sort());
    expect(desk.get(`/api/v1/groupContacts?fieldName=email&fieldValues=nobody%40nowhere.example`).json).toEqual({ data: [] });
    const page2 = desk.get(`/api/v1/groupContacts?fieldName=email&fieldValues=${encodeURIComponent('dana@customer.example,hank@customer.example')}&from=1&limit=1`);
    expect(page2.json.data).toHaveLength(1);
    expect(page2.json.data[0].fieldValue).toBe('hank@customer.example');
  });

  // The spec makes every field of `source` required (nullable): null keeps the surviving contact's value.
  const SOURCE_FIELDS = ['accountId', 'cf', 'city', 'country', 'customFields', 'description', 'email', 'facebook', 'firstName', 'lastName',
    'mobile', 'phone', 'secondaryEmail', 'state', 'street', 'title', 'twitter', 'type', 'zip'];
  const fullSource = (chosen: Record<string, string>) => Object.fromEntries(SOURCE_FIELDS.map((field) => [field, chosen[field] ?? null]));

  it('merges duplicates into the contact of the path, keeping the chosen field values', () => {
    const desk = deskClient();
    const merged = desk.post(`/api/v1/contacts/${contacts.withDuplicates}/merge`, {
      ids: [contacts.withDuplicates, contacts.duplicateByEmail],
      source: fullSource({ phone: contacts.duplicateByEmail, street: contacts.duplicateByEmail }),
    });
    expect(merged.status).toBe(200);
    expect(merged.json).toMatchObject({ id: contacts.withDuplicates, firstName: 'Dana', lastName: 'Duplicate', phone: '+1 555 0199', street: '1 Main St', title: 'CTO' });
    expect(desk.get(`/api/v1/contacts/${contacts.duplicateByEmail}`).status).toBe(404);
    expect(duplicatesOf(desk, 'email', 'dana@customer.example')).toEqual([contacts.withDuplicates]);
  });

  it('refuses a partial `source` as the spec requires every field', () => {
    const desk = deskClient();
    const partial = desk.post(`/api/v1/contacts/${contacts.withDuplicates}/merge`, {
      ids: [contacts.duplicateByPhone],
      source: { phone: contacts.duplicateByPhone },
    });
    expect(partial.status).toBe(422);
    expect(partial.json.errorCode).toBe('INVALID_DATA');
    expect(desk.post(`/api/v1/contacts/${contacts.withDuplicates}/merge`, { ids: [contacts.duplicateByPhone] }).status).toBe(200);
  });

  it('refuses to merge a help-center user', () => {
    const desk = deskClient();
    const refused = desk.post(`/api/v1/contacts/${contacts.helpCenterUserDuplicate}/merge`, { ids: [contacts.helpCenterUser] });
    expect(refused.status).toBe(422);
    expect(refused.json.errorCode).toBe('UNPROCESSABLE_ENTITY');
    expect(desk.get(`/api/v1/contacts/${contacts.helpCenterUser}`).status).toBe(200);
  });
});

describe('reset and snapshot', () => {
  it('changes the world it was given in place (the agent page reads it), and reset restores it in place', () => {
    const world = loadWorld();
    const desk = deskClient(createDeskApi(world));
    const acme = () => world.orgs.find((org) => org.id === DEMO.orgId)!;
    desk.post(`/api/v1/contacts/${contacts.withDuplicates}/merge`, { ids: [contacts.duplicateByPhone] });
    expect(acme().contacts.some((contact) => contact.id === contacts.duplicateByPhone)).toBe(false);
    desk.api.reset();
    expect(acme().contacts.some((contact) => contact.id === contacts.duplicateByPhone)).toBe(true);
  });

  it('reset restores the world the API was created with', () => {
    const desk = deskClient();
    desk.post(`/api/v1/contacts/${contacts.pending}/approveEndUserInvite`, { helpCenterIds: [helpCenters.main] });
    const changed = JSON.stringify(desk.api.snapshot());
    desk.api.reset();
    expect(JSON.stringify(desk.api.snapshot())).not.toBe(changed);
    expect(statusIn(desk, contacts.pending)[helpCenters.main]).toBe('PENDING');
  });
});
