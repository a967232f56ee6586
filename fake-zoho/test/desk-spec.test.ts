// @vitest-environment node
// Every response the fake sends is checked against Zoho's response schema for its status. This walks every call
// the extension makes with valid requests over the whole default world and expects no violations; and it proves
// the check can fail.
import { describe, expect, it } from 'vitest';
import { createDeskApi } from '../desk';
import { HANDLERS } from '../desk/routes';
import { loadWorld, DEMO } from '../worlds';
import { deskClient, tokenFor } from './desk-client';

function expectClean(desk: ReturnType<typeof deskClient>) {
  expect(desk.api.responseValidationErrors()).toEqual([]);
}

describe('responses against the spec', () => {
  it('every call the extension makes, over every contact and user of the default world, matches its response schema', () => {
    const desk = deskClient();
    const world = loadWorld();
    const acme = world.orgs.find((org) => org.id === DEMO.orgId)!;
    const statuses = new Set<number>();
    const seen = (response: { status: number }) => {
      statuses.add(response.status);
      return response;
    };

    seen(desk.get('/api/v1/organizations', { orgId: null }));
    seen(desk.get('/api/v1/helpCenters?from=1&limit=50'));
    seen(desk.get('/api/v1/helpCenters?from=51&limit=50&include=translateSettings'));
    seen(desk.get('/api/v1/badges?from=1&limit=50'));
    seen(desk.get('/api/v1/badges?from=51&limit=50&type=custom'));
    for (const helpCenter of acme.helpCenters.slice(0, 5)) seen(desk.get(`/api/v1/labels?helpCenterId=${helpCenter.id}&from=1&limit=50`));
    seen(desk.get('/api/v1/labels?sortBy=-name'));
    for (const helpCenter of acme.helpCenters) seen(desk.get(`/api/v1/users?helpCenterId=${helpCenter.id}&from=1&limit=50&include=count`));
    seen(desk.get(`/api/v1/users?helpCenterId=${DEMO.helpCenters.main}&from=51&limit=50&status=DISABLED`));
    for (const group of acme.groups.slice(0, 6)) seen(desk.get(`/api/v1/groups/${group.id}/users?from=1&limit=100`));
    // The account's 250 generated contacts differ only in the cases accounts.ts names: every 25th stands for them.
    const sample = acme.contacts.filter((contact, index) => !contact.accountId || index % 25 === 0);
    for (const contact of sample) {
      seen(desk.get(`/api/v1/contacts/${contact.id}`));
      seen(desk.get(`/api/v1/contacts/${contact.id}/helpCenters`));
      if (contact.email) seen(desk.get(`/api/v1/groupContacts?fieldName=email&fieldValues=${encodeURIComponent(contact.email)}&from=0&limit=10`));
      if (contact.phone) seen(desk.get(`/api/v1/groupContacts?fieldName=phone&fieldValues=${encodeURIComponent(contact.phone)}`));
    }
    for (let start = 0; start < acme.contacts.length; start += 20) {
      seen(desk.get(`/api/v1/contacts/contactsByIds?ids=${acme.contacts.slice(start, start + 20).map((contact) => contact.id).join(',')}`));
    }
    for (const ticket of acme.tickets.filter((candidate) => !candidate.restricted)) seen(desk.get(`/api/v1/tickets/${ticket.id}`));
    for (const from of [0, 100, 200]) seen(desk.get(`/api/v1/accounts/${DEMO.accounts.onboarding}/contacts?from=${from}&limit=100`));
    seen(desk.get(`/api/v1/accounts/${DEMO.accounts.empty}/contacts?from=0&limit=100&sortBy=email&isSpam=false`));
    seen(desk.get(`/api/v1/contacts/${acme.contacts.at(-1)!.id}?include=accounts`));
    seen(desk.get(`/api/v1/contacts/${DEMO.contacts.pending}?include=accounts`));
    for (const membership of acme.memberships.filter((m) => sample.some((contact) => contact.id === m.contactId))) {
      seen(desk.get(`/api/v1/users/${membership.userId}/badges?from=1&limit=50`));
      seen(desk.get(`/api/v1/users/${membership.userId}/labels?from=1&limit=50`));
      seen(desk.get(`/api/v1/users/${membership.userId}/groups?helpCenterId=${membership.helpCenterId}&from=1&limit=50`));
    }
    for (const helpCenter of acme.helpCenters.slice(0, 5)) {
      for (const from of [1, 51]) seen(desk.get(`/api/v1/groups?helpCenterId=${helpCenter.id}&from=${from}&limit=50`));
    }
    seen(desk.get('/api/v1/groups?sortBy=name&searchBy=circle'));
    expectClean(desk);

    // The writes, each with items that succeed and items that fail.
    const { contacts, helpCenters } = DEMO;
    seen(desk.post(`/api/v1/contacts/${contacts.pending}/approveEndUserInvite`, { helpCenterIds: [helpCenters.main, helpCenters.partners] }));
    seen(desk.post(`/api/v1/contacts/${contacts.pendingTwice}/rejectEndUserInvite`, { helpCenterIds: [helpCenters.partners, '1892000000199999'] }));
    seen(desk.post(`/api/v1/contacts/${contacts.notMember}/inviteAsEndUser`, { helpCenterId: helpCenters.main }));
    seen(desk.post('/api/v1/contacts/inviteAsEndUser', { helpCenterId: helpCenters.partners, contactIds: [contacts.active, contacts.noEmail] }));
    const userId = DEMO.userIdOf(contacts.multiUser, helpCenters.main);
    seen(desk.patch(`/api/v1/users/${userId}`, { status: 'DISABLED' }));
    seen(desk.patch(`/api/v1/users/${DEMO.userIdOf(contacts.hostile, helpCenters.main)}`, { status: 'ACTIVE' }));
    seen(desk.post(`/api/v1/users/${userId}/badges/associate`, { badgeIds: [acme.badges[3]!.id, acme.badges[1]!.id, '1'] }));
    seen(desk.post(`/api/v1/users/${userId}/badges/dissociate`, { badgeIds: [acme.badges[3]!.id, acme.badges[9]!.id] }));
    seen(desk.post(`/api/v1/users/${userId}/labels/assign`, { labels: [{ id: acme.labels[3]!.id, isPrimary: true }, { id: acme.labels[8]!.id, isPrimary: false }] }));
    seen(desk.post(`/api/v1/users/${userId}/labels/remove`, { labelIds: [acme.labels[3]!.id, acme.labels[0]!.id] }));
    seen(desk.get(`/api/v1/users/${userId}/labels?isPrimary=true&searchBy=svg&sortBy=-assignedTime`));
    const main = `helpCenterId=${helpCenters.main}`;
    const [premium, beta] = acme.groups;
    seen(desk.post(`/api/v1/users/${userId}/groups/associate?${main}`, { groups: [{ id: premium!.id }, { id: DEMO.groups.partnersGold }, { id: '1' }] }));
    seen(desk.post(`/api/v1/users/${userId}/groups/dissociate?${main}`, { groupIds: [premium!.id, beta!.id] }));
    seen(desk.get(`/api/v1/users/${userId}/groups?${main}&searchBy=Prem&sortBy=-addedTime`));
    seen(desk.post(`/api/v1/groups/${beta!.id}/users/add`, { users: [{ id: userId }] }));
    seen(desk.post(`/api/v1/groups/${beta!.id}/users/remove`, { userIds: [userId] }));
    seen(desk.post(`/api/v1/contacts/${contacts.withDuplicates}/merge`, { ids: [contacts.duplicateByPhone] }));
    desk.api.setBadgesShape('array');
    seen(desk.get(`/api/v1/users/${userId}/badges`));

    // Other data centers.
    seen(desk.get('/api/v1/organizations', { host: DEMO.eu.host, orgId: null, auth: tokenFor(DEMO.eu.agent, 'eu') }));
    seen(desk.get(`/api/v1/contacts/${DEMO.eu.contactId}`, { host: DEMO.eu.host, orgId: DEMO.eu.orgId, auth: tokenFor(DEMO.eu.agent, 'eu') }));
    seen(desk.get(`/api/v1/contacts/${DEMO.in.contactId}/helpCenters`, { host: DEMO.in.host, orgId: DEMO.in.orgId, auth: tokenFor(DEMO.in.agent, 'in') }));

    expectClean(desk);
    expect([...statuses].sort()).toEqual([200, 204]);
    expect([...desk.routes].sort()).toEqual(Object.keys(HANDLERS).sort());
  });

  it('error responses match the schema the operation declares for their status', () => {
    const desk = deskClient();
    const { contacts, helpCenters } = DEMO;
    expect(desk.post(`/api/v1/contacts/${contacts.noEmail}/inviteAsEndUser`, { helpCenterId: helpCenters.main }).status).toBe(422);
    expect(desk.post(`/api/v1/contacts/${contacts.pending}/approveEndUserInvite`, { bad: 1 }).status).toBe(422);
    expect(desk.get(`/api/v1/contacts/${contacts.pending}/helpCenters`, { orgId: DEMO.eu.orgId }).status).toBe(403);
    expect(desk.get(`/api/v1/contacts/${contacts.pending}/helpCenters?x=1`).status).toBe(422);
    expect(desk.get(`/api/v1/tickets/${DEMO.tickets.missing}`).status).toBe(404);
    expect(desk.get(`/api/v1/tickets/${DEMO.tickets.restricted}`).status).toBe(403);
    expect(desk.get(`/api/v1/tickets/${DEMO.tickets.ofPending}?include=contacts,secrets`).status).toBe(422);
    expect(desk.post(`/api/v1/contacts/${contacts.helpCenterUserDuplicate}/merge`, { ids: [contacts.helpCenterUser] }).status).toBe(422);
    expectClean(desk);
  });

  it('catches a response that breaks the schema (the validator can fail)', () => {
    const world = loadWorld();
    const acme = world.orgs.find((org) => org.id === DEMO.orgId)!;
    // Zoho's enum for a help center's status is ACTIVE | DISABLED; its name pattern refuses "<".
    acme.helpCenters[0]!.status = 'ARCHIVED' as 'ACTIVE';
    acme.helpCenters[1]!.name = '<b>Partners</b>';
    const desk = deskClient(createDeskApi(world));
    const response = desk.get(`/api/v1/contacts/${DEMO.contacts.pending}/helpCenters`);
    expect(response.status).toBe(200); // still sent
    const errors = desk.api.responseValidationErrors();
    expect(errors.some((error) => error.includes('/data/0/helpCenter/status'))).toBe(true);
    expect(errors.some((error) => error.includes('/data/1/helpCenter/name'))).toBe(true);
    expect(errors[0]).toMatch(/^GET \/api\/v1\/contacts\/\{contactId\}\/helpCenters → 200: /);
    desk.api.reset();
    expect(desk.api.responseValidationErrors()).toEqual([]);
  });

  it('catches a bad field deep inside the contact schema (nested allOf branches)', () => {
    const world = loadWorld();
    const contact = world.orgs[0]!.contacts[0]! as unknown as Record<string, unknown>;
    contact.createdTime = 'yesterday';
    const desk = deskClient(createDeskApi(world));
    desk.get(`/api/v1/contacts/${DEMO.contacts.pending}`);
    expect(desk.api.responseValidationErrors().join('\n')).toContain('/createdTime');
  });
});
