// @vitest-environment node
// duplicates.find against the fake Zoho: whether each duplicate can be merged is known before the agent tries,
// from one contactsByIds call for the contact and all its duplicates (at most 20 ids a call, as the spec says),
// or from the contact's own help centers when it is a help-center user itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import type { OrgRef } from '../messages/protocol';
import { deskTab, useHarness } from '@/tests/support/zoho-harness';
import { BY_IDS } from '@/tests/support/desk-routes';

const h = useHarness();
const acme: OrgRef = { dataCenter: 'us', portal: 'acme' };
const C = DEMO.contacts;
const byIdsCalls = async () => (await h.fake.control.log()).filter((entry) => entry.route === BY_IDS);
const idsOf = (query: string) => new URLSearchParams(query).get('ids')!.split(',');
const acmeOrg = () => h.fake.world.orgs.find((org) => org.id === DEMO.orgId)!;

async function find(contactId: string) {
  const reply = await h.call('duplicates.find', { org: acme, contactId }, deskTab());
  if (!reply.ok) throw new Error(`duplicates.find failed: ${reply.error.message}`);
  return Object.fromEntries(reply.data.map((duplicate) => [duplicate.contact.id, duplicate.mergeBlocked ?? null]));
}

describe('duplicates.find says which merges Zoho would refuse', () => {
  beforeEach(async () => {
    await h.connect();
    await h.fake.control.clearLog();
  });

  it('marks a duplicate that is a help-center user, asking contactsByIds once for the contact and its duplicates', async () => {
    expect(await find(C.helpCenterUserDuplicate)).toEqual({ [C.helpCenterUser]: 'duplicate' });
    const calls = await byIdsCalls();
    expect(calls).toHaveLength(1);
    expect(idsOf(calls[0]!.query).sort()).toEqual([C.helpCenterUserDuplicate, C.helpCenterUser].sort());
    expect(calls[0]!.status).toBe(200);
    expect(await h.fake.control.responseValidationErrors()).toEqual([]);
  });

  it('marks every duplicate when the contact itself is a help-center user, which its help centers already say', async () => {
    expect(await find(C.helpCenterUser)).toEqual({ [C.helpCenterUserDuplicate]: 'contact' });
    expect(await byIdsCalls()).toHaveLength(0);
    const helpCenterReads = (await h.fake.control.log()).filter((entry) => entry.route === 'GET /api/v1/contacts/{contactId}/helpCenters');
    expect(helpCenterReads.map((entry) => entry.path)).toEqual([`/api/v1/contacts/${C.helpCenterUser}/helpCenters`]);
    // The panel's own read of them, moments later, is the same answer.
    await h.call('contact.helpCenters', { org: acme, contactId: C.helpCenterUser }, deskTab());
    expect((await h.fake.control.log()).filter((entry) => entry.route === 'GET /api/v1/contacts/{contactId}/helpCenters')).toHaveLength(1);
  });

  it('asks contactsByIds about the contact too when its help centers cannot be read', async () => {
    await h.fake.control.injectFault({ route: 'GET /api/v1/contacts/{contactId}/helpCenters', kind: 403 });
    expect(await find(C.helpCenterUser)).toEqual({ [C.helpCenterUserDuplicate]: 'contact' });
    const calls = await byIdsCalls();
    expect(calls.map((entry) => idsOf(entry.query).sort())).toEqual([[C.helpCenterUserDuplicate, C.helpCenterUser].sort()]);
  });

  it('leaves mergeable duplicates unmarked', async () => {
    expect(await find(C.withDuplicates)).toEqual({ [C.duplicateByEmail]: null, [C.duplicateByPhone]: null });
    expect(await byIdsCalls()).toHaveLength(1);
  });

  it('asks nothing more when there are no duplicates', async () => {
    expect(await find(C.pending)).toEqual({});
    expect(await byIdsCalls()).toHaveLength(0);
  });

  it('asks for at most 20 ids a call, each id once', async () => {
    const org = acmeOrg();
    const dana = org.contacts.find((contact) => contact.id === C.withDuplicates)!;
    const copies = Array.from({ length: 23 }, (_, index) => ({ ...dana, id: String(1892000000048001n + BigInt(index)), phone: null }));
    org.contacts.push(...copies);
    org.memberships.push({ contactId: copies[21]!.id, helpCenterId: DEMO.helpCenters.main, userId: '1892000000309001', userStatus: 'ACTIVE' });
    const found = await find(C.withDuplicates);
    expect(Object.keys(found)).toHaveLength(25);
    expect(Object.entries(found).filter(([, blocked]) => blocked)).toEqual([[copies[21]!.id, 'duplicate']]);
    const asked = (await byIdsCalls()).map((entry) => idsOf(entry.query));
    expect(asked.map((ids) => ids.length)).toEqual([20, 6]);
    expect(new Set(asked.flat()).size).toBe(26);
    expect((await byIdsCalls()).every((entry) => entry.status === 200)).toBe(true);
  });

  it('still lists the duplicates, unmarked, when the check fails, and keeps the failure for diagnostics', async () => {
    h.restart({ sleep: async () => {} });
    // Reads are retried on a 5xx: every attempt fails.
    await h.fake.control.injectFault({ route: BY_IDS, kind: 500, count: 10 });
    expect(await find(C.helpCenterUserDuplicate)).toEqual({ [C.helpCenterUser]: null });
    const diagnostics = await h.call('diagnostics.list', {});
    expect(diagnostics).toMatchObject({ ok: true, data: [{ call: 'duplicates.find', kind: 'server', code: 'INTERNAL_SERVER_ERROR' }] });
  });
});
