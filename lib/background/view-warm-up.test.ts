// @vitest-environment node
// A view's opening starts its reads in the background, against the fake Zoho: each Desk read goes out as soon as
// what it needs has come back, before the panel asks, and the panel's own requests then add no call.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import type { LogEntry } from '../../fake-zoho/server';
import type { OrgRef } from '../messages/protocol';
import { deskTab, useHarness } from '../../tests/support/zoho-harness';

const h = useHarness();
const acme: OrgRef = { dataCenter: 'us', portal: 'acme' };
const tab = deskTab();

beforeEach(async () => {
  await h.connect();
  // The org and the catalogues are known after an agent's first page, as in every later view.
  await h.call('badges.catalogue', { org: acme }, tab);
  await h.call('helpCenters.list', { org: acme }, tab);
  await h.fake.control.clearLog();
});

const deskCalls = async () =>
  (await h.fake.control.log()).filter((entry: LogEntry) => entry.path.startsWith('/api/')).map((entry) => `${entry.method} ${entry.route}`);

/** Waits until Zoho has been asked for every read of the view, with nothing asked by the panel yet. */
async function viewReadsStarted(helpCenters: number, users: number) {
  // The fake checks its answers against the spec and compiles each check on first use: that can take seconds.
  await vi.waitFor(async () => {
    const calls = await deskCalls();
    expect(calls.filter((call) => call.endsWith('/users/{userId}/badges'))).toHaveLength(users);
    expect(calls.filter((call) => call.endsWith('/users/{userId}/labels'))).toHaveLength(users);
    expect(calls.filter((call) => call.endsWith('/labels') && !call.includes('/users/'))).toHaveLength(helpCenters);
    expect(calls.filter((call) => call.endsWith('/groupContacts'))).toHaveLength(1);
  }, { timeout: 10_000 });
}

/** What the panel asks for once it knows the contact and its memberships; the replies it would show. */
async function panelReads(contactId: string) {
  const memberships = await h.call('contact.helpCenters', { org: acme, contactId }, tab);
  if (!memberships.ok) throw new Error(JSON.stringify(memberships));
  const replies = await Promise.all([
    h.call('contact.get', { org: acme, contactId }, tab),
    h.call('duplicates.find', { org: acme, contactId }, tab),
    ...memberships.data.flatMap((membership) => [
      h.call('badges.ofUser', { org: acme, userId: membership.userId }, tab),
      h.call('labels.ofUser', { org: acme, userId: membership.userId, helpCenterId: membership.helpCenter.id }, tab),
      h.call('labels.catalogue', { org: acme, helpCenterId: membership.helpCenter.id }, tab),
    ]),
  ]);
  return { memberships: memberships.data, allOk: replies.every((reply) => reply.ok) };
}

describe('a contact view opening', () => {
  it('asks Zoho for the users’ badges and labels as soon as the memberships are in, and the panel’s reads add no call', async () => {
    expect(await h.call('contact.open', { org: acme, contactId: DEMO.contacts.helpCenterUser }, tab)).toEqual({ ok: true, data: null });
    await viewReadsStarted(1, 1);
    const started = await deskCalls();
    expect(started).toHaveLength(6);

    const { memberships, allOk } = await panelReads(DEMO.contacts.helpCenterUser);
    expect(memberships).toHaveLength(1);
    expect(allOk).toBe(true);
    expect(await deskCalls()).toEqual(started);
  });

  it('starts the same reads for a ticket’s requester once the ticket names them', async () => {
    const reply = await h.call('ticket.contact', { org: acme, ticketId: DEMO.tickets.ofPendingTwice }, tab);
    expect(reply).toEqual({ ok: true, data: { contactId: DEMO.contacts.pendingTwice } });
    // Pending in two help centers: two users, two label catalogues.
    await viewReadsStarted(2, 2);
    const started = await deskCalls();

    const { memberships, allOk } = await panelReads(DEMO.contacts.pendingTwice);
    expect(memberships).toHaveLength(2);
    expect(allOk).toBe(true);
    expect(await deskCalls()).toEqual(started);
  });
});
