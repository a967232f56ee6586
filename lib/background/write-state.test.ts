// @vitest-environment node
// Every write answers with the state after it (read-back.ts): derived from what the background holds and Zoho's
// answer when that tells it, else read once; after a lost answer read back once; checked first when asked. The
// assertions are about the reply and what the fake Zoho received (its request log).
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import type { OrgRef } from '../messages/protocol';
import { deskTab, useHarness } from '@/tests/support/zoho-harness';
import { APPROVE, AWARD, MEMBERSHIPS, REVOKE, USER_BADGES } from '@/tests/support/desk-routes';

const h = useHarness();
const org: OrgRef = { dataCenter: 'us', portal: 'acme' };
const C = DEMO.contacts;
const HC = DEMO.helpCenters;
const acme = () => h.fake.world.orgs.find((candidate) => candidate.id === DEMO.orgId)!;
const user = (contactId: string, helpCenterId: string = HC.main) => DEMO.userIdOf(contactId, helpCenterId);
/** The Desk calls the fake received, org discovery left out. */
const routes = async () =>
  (await h.fake.control.log()).filter((entry) => entry.path.startsWith('/api/') && entry.path !== '/api/v1/organizations').map((entry) => entry.route);
const statusOf = (state: Array<{ helpCenter: { id: string }; userStatus: string }> | null | undefined, helpCenterId: string) =>
  state?.find((membership) => membership.helpCenter.id === helpCenterId)?.userStatus;

/** The active contact's user: a badge it holds and one it does not. */
function badges() {
  const userId = user(C.active);
  const held = acme().userBadges.filter((ub) => ub.userId === userId).map((ub) => ub.badgeId);
  const other = acme().badges.find((badge) => !held.includes(badge.id))!;
  return { userId, held, other };
}

beforeEach(() => h.connect());

describe('a write answered with its state', () => {
  it('an approve of the memberships this tab read: the state comes from Zoho’s answer, no read', async () => {
    await h.call('contact.helpCenters', { org, contactId: C.pending }, deskTab());
    await h.fake.control.clearLog();
    const reply = await h.call('helpCenters.approve', { org, contactId: C.pending, helpCenterIds: [HC.main] }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { items: [{ id: HC.main, success: true }], lost: null } });
    expect(reply.ok && statusOf(reply.data.state, HC.main)).toBe('ACTIVE');
    expect(await routes()).toEqual([APPROVE]);
    // What the background now holds for this tab is that state: the panel's next read costs nothing.
    const again = await h.call('contact.helpCenters', { org, contactId: C.pending }, deskTab());
    expect(again.ok && statusOf(again.data, HC.main)).toBe('ACTIVE');
    expect(await routes()).toEqual([APPROVE]);
  });

  it('an approve with nothing held: one read after the write', async () => {
    await h.fake.control.clearLog();
    const reply = await h.call('helpCenters.approve', { org, contactId: C.pending, helpCenterIds: [HC.main] }, deskTab());
    expect(reply.ok && statusOf(reply.data.state, HC.main)).toBe('ACTIVE');
    expect(await routes()).toEqual([APPROVE, MEMBERSHIPS]);
  });

  it('per-item results of a mass action; a refused item has the state read, as Zoho holds it', async () => {
    await h.call('contact.helpCenters', { org, contactId: C.pendingTwice }, deskTab());
    // Another agent approves Partners in Desk after this tab read the memberships.
    acme().memberships.find((m) => m.contactId === C.pendingTwice && m.helpCenterId === HC.partners)!.userStatus = 'ACTIVE';
    await h.fake.control.clearLog();
    const reply = await h.call('helpCenters.approve', { org, contactId: C.pendingTwice, helpCenterIds: [HC.main, HC.partners] }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { items: [{ id: HC.main, success: true }, { id: HC.partners, success: false }] } });
    expect(reply.ok && statusOf(reply.data.state, HC.main)).toBe('ACTIVE');
    expect(reply.ok && statusOf(reply.data.state, HC.partners)).toBe('ACTIVE');
    expect(await routes()).toEqual([APPROVE, MEMBERSHIPS]);
  });

  it('a reject, whose answer does not say what Zoho keeps: one read', async () => {
    await h.call('contact.helpCenters', { org, contactId: C.pendingTwice }, deskTab());
    await h.fake.control.clearLog();
    const reply = await h.call('helpCenters.reject', { org, contactId: C.pendingTwice, helpCenterIds: [HC.partners] }, deskTab());
    expect(reply.ok && statusOf(reply.data.state, HC.partners)).toBeUndefined();
    expect(await routes()).toEqual(['POST /api/v1/contacts/{contactId}/rejectEndUserInvite', MEMBERSHIPS]);
  });

  it('a first invite reads the new user; a reactivation takes the status from Zoho’s answer', async () => {
    await h.call('contact.helpCenters', { org, contactId: C.notMember }, deskTab());
    await h.call('contact.helpCenters', { org, contactId: C.deactivated }, deskTab());
    await h.fake.control.clearLog();
    const invite = await h.call('helpCenters.invite', { org, contactId: C.notMember, helpCenterId: HC.main }, deskTab());
    expect(invite).toMatchObject({ ok: true, data: { items: [{ id: HC.main, success: true }] } });
    expect(invite.ok && statusOf(invite.data.state, HC.main)).toBe('INVITED');
    const userId = user(C.deactivated);
    const status = await h.call('users.setStatus', { org, contactId: C.deactivated, userId, helpCenterId: HC.main, status: 'ACTIVE' }, deskTab());
    expect(status).toMatchObject({ ok: true, data: { items: [{ id: userId, success: true }] } });
    expect(status.ok && statusOf(status.data.state, HC.main)).toBe('ACTIVE');
    expect(await routes()).toEqual(['POST /api/v1/contacts/{contactId}/inviteAsEndUser', MEMBERSHIPS, 'PATCH /api/v1/users/{userId}']);
  });

  it('an award with the user’s badges and the catalogue held, and a revoke: no read', async () => {
    const { userId, held, other } = badges();
    await h.call('badges.ofUser', { org, userId }, deskTab());
    await h.call('badges.catalogue', { org }, deskTab());
    await h.fake.control.clearLog();
    const award = await h.call('badges.add', { org, userId, ids: [other.id] }, deskTab());
    expect(award.ok && award.data.state?.map((badge) => badge.id)).toEqual([...held, other.id]);
    expect(award.ok && award.data.state?.at(-1)).toMatchObject({ name: other.name });
    const revoke = await h.call('badges.remove', { org, userId, ids: [held[0]!] }, deskTab());
    expect(revoke.ok && revoke.data.state?.map((badge) => badge.id)).toEqual([...held.slice(1), other.id]);
    expect(await routes()).toEqual([AWARD, REVOKE]);
  });

  it('an award of a badge whose catalogue is not held: one read', async () => {
    const { userId, held, other } = badges();
    await h.call('badges.ofUser', { org, userId }, deskTab());
    await h.fake.control.clearLog();
    const award = await h.call('badges.add', { org, userId, ids: [other.id] }, deskTab());
    expect(award.ok && award.data.state?.map((badge) => badge.id).sort()).toEqual([...held, other.id].sort());
    expect(await routes()).toEqual([AWARD, USER_BADGES]);
  });

  it('a label assigned from a held catalogue: no read', async () => {
    const userId = user(C.active);
    const held = acme().userLabels.filter((ul) => ul.userId === userId).map((ul) => ul.labelId);
    const label = acme().labels.find((candidate) => candidate.helpCenterId === HC.main && !held.includes(candidate.id))!;
    await h.call('labels.ofUser', { org, userId, helpCenterId: HC.main }, deskTab());
    await h.call('labels.catalogue', { org, helpCenterId: HC.main }, deskTab());
    await h.fake.control.clearLog();
    const reply = await h.call('labels.add', { org, userId, helpCenterId: HC.main, ids: [label.id] }, deskTab());
    expect(reply.ok && reply.data.state?.map((item) => item.id)).toEqual([...held, label.id]);
    expect(await routes()).toEqual(['POST /api/v1/users/{userId}/labels/assign']);
  });

  it('an award Zoho refuses (already awarded, in Desk meanwhile): the state is read once and shows the badge', async () => {
    const { userId, held, other } = badges();
    await h.call('badges.ofUser', { org, userId }, deskTab());
    await h.call('badges.catalogue', { org }, deskTab());
    acme().userBadges.push({ userId, badgeId: other.id, createdTime: new Date().toISOString() });
    await h.fake.control.clearLog();
    const reply = await h.call('badges.add', { org, userId, ids: [other.id] }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { items: [{ success: false, errorCode: 'UNPROCESSABLE_ENTITY' }], lost: null } });
    expect(reply.ok && reply.data.state?.map((badge) => badge.id)).toEqual([...held, other.id]);
    expect(await routes()).toEqual([AWARD, USER_BADGES]);
  });
});

describe('a write whose answer was lost', () => {
  it('a 500: not sent again, read back once, answered with what Zoho holds, and logged', async () => {
    const { userId, held, other } = badges();
    await h.call('badges.ofUser', { org, userId }, deskTab());
    await h.fake.control.injectFault({ route: AWARD, kind: 500 });
    await h.fake.control.clearLog();
    const reply = await h.call('badges.add', { org, userId, ids: [other.id] }, deskTab());
    expect(reply).toMatchObject({
      ok: true,
      data: { items: [{ id: other.id, success: false, errorCode: 'INTERNAL_SERVER_ERROR' }], lost: { kind: 'server' } },
    });
    expect(reply.ok && reply.data.state?.map((badge) => badge.id)).toEqual(held);
    expect(await routes()).toEqual([AWARD, USER_BADGES]);
    const diagnostics = await h.call('diagnostics.list', {});
    expect(diagnostics).toMatchObject({ ok: true, data: [{ call: 'badges.add', code: 'INTERNAL_SERVER_ERROR', kind: 'server' }] });
  });

  it('a timed-out write that did not happen: the read-back shows it undone', async () => {
    h.restart({ timeoutMs: 300 });
    await h.fake.control.injectFault({ route: 'PATCH /api/v1/users/{userId}', kind: 'hang' });
    await h.fake.control.clearLog();
    const reply = await h.call('users.setStatus', { org, contactId: C.deactivated, userId: user(C.deactivated), helpCenterId: HC.main, status: 'ACTIVE' }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { items: [{ success: false }], lost: { kind: 'timeout' } } });
    expect(reply.ok && statusOf(reply.data.state, HC.main)).toBe('DISABLED');
    expect(await routes()).toEqual(['PATCH /api/v1/users/{userId}', MEMBERSHIPS]);
  });

  it('done by Zoho though its answer was lost: each item is what the read-back found', async () => {
    // Zoho executes the request, then the connection drops before the answer arrives.
    const lossy = (async (input: string | URL | Request, init?: RequestInit) => {
      const response = await h.fetch(input, init);
      if (init?.method === 'PATCH' || String(input).endsWith('/badges/associate')) throw new TypeError('network connection lost');
      return response;
    }) as typeof fetch;
    h.restart({ fetch: lossy });
    await h.fake.control.clearLog();
    const status = await h.call('users.setStatus', { org, contactId: C.deactivated, userId: user(C.deactivated), helpCenterId: HC.main, status: 'ACTIVE' }, deskTab());
    expect(status).toMatchObject({ ok: true, data: { items: [{ success: true }], lost: { kind: 'network' } } });
    expect(status.ok && statusOf(status.data.state, HC.main)).toBe('ACTIVE');
    const award = await h.call('badges.add', { org, userId: user(C.active), ids: ['1892000000500002', '1892000000500099'] }, deskTab());
    expect(award).toMatchObject({
      ok: true,
      data: {
        items: [
          { id: '1892000000500002', success: true },
          { id: '1892000000500099', success: false, errorCode: 'NETWORK' },
        ],
      },
    });
    expect((await routes()).filter((route) => !route.startsWith('GET'))).toHaveLength(2);
  });

  it('and the read-back failed too: the state is null, the outcome unknown', async () => {
    const { userId, other } = badges();
    await h.fake.control.injectFault({ route: AWARD, kind: 500 });
    await h.fake.control.injectFault({ route: USER_BADGES, kind: 500, count: 4 });
    const reply = await h.call('badges.add', { org, userId, ids: [other.id] }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { items: [{ success: false }], state: null, lost: { kind: 'server' } } });
    expect(acme().userBadges.some((ub) => ub.userId === userId && ub.badgeId === other.id)).toBe(false);
  });
});

describe('a write checked first', () => {
  it('"only": one read, nothing sent, each item as Zoho holds it', async () => {
    const { userId, held, other } = badges();
    await h.fake.control.clearLog();
    const reply = await h.call('badges.remove', { org, userId, ids: [held[0]!, other.id], check: 'only' }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { items: [{ id: held[0], success: false }, { id: other.id, success: true }], lost: null } });
    expect(await routes()).toEqual([USER_BADGES]);
  });

  it('"then-send": sends only what Zoho shows undone', async () => {
    await h.fake.control.clearLog();
    const reply = await h.call('helpCenters.approve', { org, contactId: C.pending, helpCenterIds: [HC.main], check: 'then-send' }, deskTab());
    expect(reply.ok && statusOf(reply.data.state, HC.main)).toBe('ACTIVE');
    const again = await h.call('helpCenters.approve', { org, contactId: C.pending, helpCenterIds: [HC.main], check: 'then-send' }, deskTab());
    expect(again).toMatchObject({ ok: true, data: { items: [{ id: HC.main, success: true }], lost: null } });
    expect(await routes()).toEqual([MEMBERSHIPS, APPROVE, MEMBERSHIPS]);
    expect(acme().memberships.find((m) => m.contactId === C.pending && m.helpCenterId === HC.main)?.userStatus).toBe('ACTIVE');
  });

  it('a check whose read fails: still unknown, nothing sent', async () => {
    const { userId, other } = badges();
    await h.fake.control.injectFault({ route: USER_BADGES, kind: 500, count: 4 });
    await h.fake.control.clearLog();
    const reply = await h.call('badges.add', { org, userId, ids: [other.id], check: 'then-send' }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { items: [{ success: false }], state: null, lost: { kind: 'server' } } });
    expect((await routes()).filter((route) => route === AWARD)).toEqual([]);
  });
});
