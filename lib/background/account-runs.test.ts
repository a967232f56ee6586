// @vitest-environment node
// The account page's bulk deactivation against the fake Zoho: the preview's numbers and calls, the run's writes
// (each user once, the right help center), 429s from the org's concurrency limit, Stop, and a background restart.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import { OFFBOARDING_SIZE, offboardingCase as is, offboardingContactId, REFUSED_REASON } from '@/fake-zoho/worlds/offboarding';
import type { AccountContact, OrgRef, Run } from '../messages/protocol';
import { deskTab, useHarness } from '@/tests/support/zoho-harness';

const h = useHarness();
const org: OrgRef = { dataCenter: 'us', portal: 'acme' };
const accountId = DEMO.accounts.offboarding;
const main = DEMO.helpCenters.main;
const PATCH = 'PATCH /api/v1/users/{userId}';
const numbers = Array.from({ length: OFFBOARDING_SIZE }, (_, i) => i + 1);

async function accountContacts(): Promise<AccountContact[]> {
  const all: AccountContact[] = [];
  for (let from: number | null = 0; from !== null; ) {
    const reply: Awaited<ReturnType<typeof h.call<'account.contacts'>>> = await h.call('account.contacts', { org, accountId, from }, deskTab());
    if (!reply.ok) throw new Error(reply.error.message);
    all.push(...reply.data.contacts);
    from = reply.data.next;
  }
  return all;
}

const log = async (route: string) => (await h.fake.control.log()).filter((entry) => entry.route === route);
const userOf = (n: number) => DEMO.userIdOf(offboardingContactId(n), main);
const patchedUsers = async () => (await log(PATCH)).filter((entry) => entry.status !== 429).map((entry) => entry.path.split('/').at(-1)!);

async function preview() {
  const contacts = await accountContacts();
  await h.fake.control.clearLog();
  const reply = await h.call('run.preview', { org, accountId, kind: 'deactivate', helpCenterId: main, contacts }, deskTab());
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}

async function finished(): Promise<Run> {
  for (let i = 0; i < 2_000; i++) {
    const reply = await h.call('run.get', { org, accountId }, deskTab());
    if (reply.ok && reply.data?.status === 'done') return reply.data;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the run did not end');
}

async function start(planId: string) {
  const reply = await h.call('run.start', { org, accountId, planId }, deskTab());
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}

const active = numbers.filter(is.activeInMain);

describe('run.preview (deactivate)', () => {
  beforeEach(() => h.connect());

  it('names every active user of the help center once and why the others are left alone, reading the cheaper way', async () => {
    const plan = await preview();
    expect(plan.targets.map((target) => target.contactId)).toEqual(active.map(offboardingContactId));
    expect(plan.targets.every((target, i) => target.userId === userOf(active[i]!))).toBe(true);
    const reasons = Object.fromEntries(plan.skipped.map((skip) => [skip.contactId, skip.reason]));
    expect(reasons[offboardingContactId(6)]).toBe('deactivated');
    expect(reasons[offboardingContactId(25)]).toBe('not-user');
    expect(reasons[offboardingContactId(8)]).toBe('not-user');
    expect(plan.skipped).toHaveLength(OFFBOARDING_SIZE - active.length);
    expect(plan.writes).toBe(active.length);
    // The help center's list is shorter than one read per help-center user of the account: it is what was read.
    const reads = await log('GET /api/v1/users');
    expect(reads.length).toBe(plan.reads);
    expect(reads[0]!.query).toBe(`helpCenterId=${main}&from=1&limit=50&include=count`);
    expect(await log('GET /api/v1/contacts/{contactId}/helpCenters')).toEqual([]);
    expect(await log(PATCH)).toEqual([]);
  });
});

describe('run.preview: reading who is who', () => {
  beforeEach(() => h.connect());

  it('for a few help-center users among many in the help center, one memberships read each is cheaper than the list', async () => {
    const contacts = (await accountContacts()).filter((contact) => [1, 2].map(offboardingContactId).includes(contact.id));
    await h.fake.control.clearLog();
    const reply = await h.call('run.preview', { org, accountId, kind: 'deactivate', helpCenterId: main, contacts }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { reads: 3, writes: 2 } });
    expect(await log('GET /api/v1/users')).toHaveLength(1); // the first page, whose count says how long the list is
    expect(await log('GET /api/v1/contacts/{contactId}/helpCenters')).toHaveLength(2);
  });

  it('a group: who is in it already is read from the group (a page of 100), and the run is one users/add call', async () => {
    const contacts = await accountContacts();
    const beta = h.fake.world.orgs.find((o) => o.id === DEMO.orgId)!.groups.find((group) => group.name === 'Beta programme')!;
    await h.fake.control.clearLog();
    const reply = await h.call('run.preview', { org, accountId, kind: 'group', helpCenterId: main, groupId: beta.id, contacts }, deskTab());
    if (!reply.ok) throw new Error(reply.error.message);
    const users = numbers.filter((n) => is.activeInMain(n) || is.disabledInMain(n));
    expect(reply.data.targets.map((target) => target.contactId)).toEqual(users.filter((n) => !is.inBeta(n)).map(offboardingContactId));
    expect(reply.data.writes).toBe(1);
    expect(await log('GET /api/v1/groups/{groupId}/users')).toHaveLength(1);
    await start(reply.data.planId);
    const run = await finished();
    expect(run.users.every((user) => user.state === 'done')).toBe(true);
    expect(await log('POST /api/v1/groups/{groupId}/users/add')).toHaveLength(1);
  });
});

describe('run.start (deactivate)', () => {
  beforeEach(() => h.connect());

  it('deactivates each active user once in that help center only; the refusal keeps Zoho’s reason', async () => {
    const plan = await preview();
    await start(plan.planId);
    const run = await finished();
    const byContact = new Map(run.users.map((user) => [user.contactId, user]));
    expect(byContact.get(offboardingContactId(77))).toMatchObject({ state: 'failed', reason: expect.stringContaining(REFUSED_REASON) });
    expect(run.users.filter((user) => user.state === 'done')).toHaveLength(active.length - 1);
    const sent = await patchedUsers();
    expect(sent.sort()).toEqual(active.map(userOf).sort());
    expect((await log(PATCH)).every((entry) => entry.query === `helpCenterId=${main}`)).toBe(true);
    const state = (await h.fake.control.state()) as { orgs: Array<{ id: string; memberships: Array<{ contactId: string; helpCenterId: string; userStatus: string }> }> };
    const memberships = state.orgs.find((o) => o.id === DEMO.orgId)!.memberships;
    const statusOf = (n: number, helpCenterId: string = main) => memberships.find((m) => m.contactId === offboardingContactId(n) && m.helpCenterId === helpCenterId)?.userStatus;
    expect(statusOf(1)).toBe('DISABLED');
    expect(statusOf(1, DEMO.helpCenters.partners)).toBe('ACTIVE');
    expect(statusOf(77)).toBe('ACTIVE');
    expect(statusOf(9)).toBe('INVITED');
  });

  it('under the org’s concurrency limit, 429s slow the run down and every user is still written exactly once', async () => {
    const plan = await preview();
    await h.fake.control.setLatency({ route: PATCH, ms: 20 });
    await h.fake.control.setConcurrencyLimit({ orgId: DEMO.orgId, limit: 1 });
    await start(plan.planId);
    const run = await finished();
    expect((await log(PATCH)).some((entry) => entry.status === 429)).toBe(true);
    expect((await patchedUsers()).sort()).toEqual(active.map(userOf).sort());
    expect(run.users.filter((user) => user.state !== 'done').map((user) => user.contactId)).toEqual([offboardingContactId(77)]);
  });

  it('Stop: nothing more is sent, the rest is counted as not sent', async () => {
    const plan = await preview();
    await h.fake.control.setLatency({ route: PATCH, ms: 50 });
    await start(plan.planId);
    while ((await patchedUsers()).length < 5) await new Promise((resolve) => setTimeout(resolve, 10));
    const stopping = await h.call('run.stop', { org, accountId }, deskTab());
    expect(stopping).toMatchObject({ ok: true, data: { status: 'stopping' } });
    const run = await finished();
    const sent = await patchedUsers();
    const notSent = run.users.filter((user) => user.state === 'not-sent');
    expect(sent.length + notSent.length).toBe(active.length);
    expect(notSent.length).toBeGreaterThan(100);
    expect(notSent.some((user) => sent.includes(user.userId))).toBe(false);
  });

  it('a background restarted mid-run: what was sent is read back (never sent again), what was not is reported not sent', async () => {
    const plan = await preview();
    let killed = false;
    const never = new Promise<Response>(() => {});
    h.restart({ fetch: (input, init) => (killed ? never : h.fetch(input, init).then((response) => (killed ? never : response))) });
    // The background's plan is in its memory: preview again with the background that will die.
    const contacts = await accountContacts();
    const again = await h.call('run.preview', { org, accountId, kind: 'deactivate', helpCenterId: main, contacts }, deskTab());
    if (!again.ok) throw new Error(again.error.message);
    expect(plan.targets).toEqual(again.data.targets);
    await h.fake.control.setLatency({ route: PATCH, ms: 100 });
    await start(again.data.planId);
    while ((await patchedUsers()).length < 7) await new Promise((resolve) => setTimeout(resolve, 5));
    killed = true;
    await new Promise((resolve) => setTimeout(resolve, 300)); // the writes in flight reach Zoho; their answers die
    h.restart();
    const run = await finished();
    const sent = await patchedUsers();
    const done = run.users.filter((user) => user.state === 'done').map((user) => user.userId);
    expect(done.sort()).toEqual(sent.sort()); // read back: every write that reached Zoho, and only those
    expect(run.users.filter((user) => user.state === 'not-sent')).toHaveLength(active.length - sent.length);
    expect(new Set(sent).size).toBe(sent.length);
    // Asked again, the outcome stays and nothing is sent.
    await h.call('run.get', { org, accountId }, deskTab());
    expect(await patchedUsers()).toHaveLength(sent.length);
  });
});
