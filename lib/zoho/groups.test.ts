// @vitest-environment node
// The groups resource against the fake Zoho: what it sends (the fake's log, which validates every request against
// Zoho's spec) and what it makes of the answers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeFetch } from '@/fake-zoho/client';
import { startFakeZoho, type FakeZoho } from '@/fake-zoho/server';
import { DEMO } from '@/fake-zoho/worlds';
import type { OrgContext } from './context';
import { addUsersToGroup, associateGroups, dissociateGroups, listGroups, listUserGroups, removeUsersFromGroup } from './groups';
import { createZohoHttp } from './http';

const { contacts, helpCenters, groups } = DEMO;
const shared = DEMO.userIdOf(contacts.sharedUser, helpCenters.main);
let fake: FakeZoho;
let ctx: OrgContext;

beforeAll(async () => {
  fake = await startFakeZoho({ port: 0 });
  const { accessToken } = await fake.control.issueToken({ agentEmail: DEMO.agent });
  ctx = {
    http: createZohoHttp({ fetch: fakeFetch(fake), tokens: { current: async () => accessToken, renew: async () => accessToken }, sleep: async () => {} }),
    dataCenter: 'us',
    orgId: DEMO.orgId,
  };
});
afterAll(() => fake?.close());
beforeEach(() => fake.control.reset());

const sent = async () =>
  (await fake.control.log()).filter((entry) => entry.path.startsWith('/api/')).map((entry) => `${entry.method} ${entry.path}?${entry.query}`);
const lastBody = async () => JSON.parse((await fake.control.log()).at(-1)!.body) as unknown;

describe('lib/zoho/groups', () => {
  it("reads a help center's whole catalogue, page after page", async () => {
    const all = await listGroups(ctx, helpCenters.main);
    expect(all).toHaveLength(55);
    expect(all[0]).toEqual({ id: groups.mainFirst, name: 'Premium customers', helpCenterId: helpCenters.main });
    expect(await sent()).toEqual([
      `GET /api/v1/groups?helpCenterId=${helpCenters.main}&from=1&limit=50`,
      `GET /api/v1/groups?helpCenterId=${helpCenters.main}&from=51&limit=50`,
    ]);
  });

  it("reads a user's groups in the help center asked about only", async () => {
    expect(await listUserGroups(ctx, shared, helpCenters.partners)).toEqual([{ id: groups.partnersGold, name: 'Gold partners', helpCenterId: helpCenters.partners }]);
    expect(await sent()).toEqual([`GET /api/v1/users/${shared}/groups?helpCenterId=${helpCenters.partners}&from=1&limit=50`]);
  });

  it('associates and dissociates with the help center named, a verdict per group', async () => {
    const added = await associateGroups(ctx, shared, helpCenters.partners, [groups.partnersResellers, groups.mainFirst]);
    expect(added.map((item) => [item.id, item.success])).toEqual([
      [groups.partnersResellers, true],
      [groups.mainFirst, false],
    ]);
    expect(added[1]!.message).toBe('The group belongs to another help center.');
    const removed = await dissociateGroups(ctx, shared, helpCenters.partners, [groups.partnersResellers]);
    expect(removed).toEqual([{ id: groups.partnersResellers, success: true, errorCode: null, message: null }]);
    expect((await sent()).map((line) => line.split('?')[1])).toEqual([`helpCenterId=${helpCenters.partners}`, `helpCenterId=${helpCenters.partners}`]);
  });

  it("adds users to a group and removes them (204), sending a user listed twice once", async () => {
    const emoji = DEMO.userIdOf(contacts.emoji, helpCenters.partners);
    await addUsersToGroup(ctx, groups.partnersEmpty, [emoji, shared, emoji]);
    expect(await lastBody()).toEqual({ users: [{ id: emoji }, { id: shared }] });
    await removeUsersFromGroup(ctx, groups.partnersEmpty, [shared, shared]);
    expect(await lastBody()).toEqual({ userIds: [shared] });
    const state = (await fake.control.state()) as { orgs: Array<{ id: string; userGroups: Array<{ userId: string; groupId: string }> }> };
    const members = state.orgs.find((org) => org.id === DEMO.orgId)!.userGroups.filter((userGroup) => userGroup.groupId === groups.partnersEmpty);
    expect(members.map((userGroup) => userGroup.userId)).toEqual([emoji]);
    expect(await fake.control.responseValidationErrors()).toEqual([]);
  });
});
