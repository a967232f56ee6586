// @vitest-environment node
// A view opened with one message, against the fake Zoho: the background answers each of the view's reads as a part
// of its own, each Desk read going out as soon as what it needs has come back, each part ok or failed on its own.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import type { LogEntry } from '../../fake-zoho/server';
import type { ViewPart } from '../messages/call';
import type { OrgRef } from '../messages/protocol';
import { USER_BADGES } from '../../tests/support/desk-routes';
import { deskTab, useHarness } from '../../tests/support/zoho-harness';

const h = useHarness();
const acme: OrgRef = { dataCenter: 'us', portal: 'acme' };
const tab = deskTab();

beforeEach(async () => {
  await h.connect();
  // The org, the help centers and the catalogues are known after an agent's first page, as in every later view.
  await h.call('badges.catalogue', { org: acme }, tab);
  await h.call('helpCenters.list', { org: acme }, tab);
  await h.fake.control.clearLog();
});

/** Each Desk request as sent (a catalogue of two pages is two requests of one route). */
const deskCalls = async () =>
  (await h.fake.control.log()).filter((entry: LogEntry) => entry.path.startsWith('/api/')).map((entry) => `${entry.method} ${entry.path}?${entry.query}`);

async function open(request: { contactId?: string; ticketId?: string }) {
  const parts: ViewPart[] = [];
  const reply = await h.call('view.open', { org: acme, ...request }, tab, (part) => parts.push(part));
  return { reply, parts, kinds: parts.map((part) => part.kind) };
}

describe('a view opened with one message', () => {
  it('answers every read of a contact view as a part, the users’ sets after the memberships, each Desk read once', async () => {
    const { reply, parts, kinds } = await open({ contactId: DEMO.contacts.helpCenterUser });
    expect(reply).toEqual({ ok: true, data: null });
    expect(parts.every((part) => part.reply.ok)).toBe(true);
    expect(kinds.indexOf('contact.helpCenters')).toBeLessThan(kinds.indexOf('badges.ofUser'));
    expect(kinds.indexOf('contact.helpCenters')).toBeLessThan(kinds.indexOf('labels.catalogue'));
    expect([...kinds].sort()).toEqual(
      ['session.get', 'helpCenters.list', 'badges.catalogue', 'contact.get', 'contact.helpCenters', 'duplicates.find', 'badges.ofUser', 'labels.ofUser', 'labels.catalogue', 'groups.ofUser', 'groups.catalogue'].sort(),
    );
    const calls = await deskCalls();
    expect(calls).toHaveLength(new Set(calls).size);
    // The panel's own request for a part finds it held: no call more.
    expect((await h.call('badges.ofUser', parts.find((part) => part.kind === 'badges.ofUser')!.payload as never, tab)).ok).toBe(true);
    expect(await deskCalls()).toEqual(calls);
  });

  it('starts the requester’s reads once the ticket names them', async () => {
    const { reply, parts, kinds } = await open({ ticketId: DEMO.tickets.ofPendingTwice });
    expect(reply.ok).toBe(true);
    expect(parts[kinds.indexOf('ticket.contact')]!.reply).toEqual({ ok: true, data: { contactId: DEMO.contacts.pendingTwice } });
    // Pending in two help centers: two users, two label catalogues.
    expect(kinds.filter((kind) => kind === 'badges.ofUser')).toHaveLength(2);
    expect(kinds.filter((kind) => kind === 'labels.catalogue')).toHaveLength(2);
  });

  it('sends what a requester in two help centers waits on after its memberships together, not in two waves', async () => {
    // Its help centers' label and group catalogues are known after the agent's first pages, like the org's ones.
    const org = h.fake.world.orgs.find((candidate) => candidate.id === DEMO.orgId)!;
    const helpCenterIds = org.memberships.filter((m) => m.contactId === DEMO.contacts.pendingTwice).map((m) => m.helpCenterId);
    expect(helpCenterIds).toHaveLength(2);
    for (const kind of ['labels.catalogue', 'groups.catalogue'] as const) {
      for (const helpCenterId of helpCenterIds) expect((await h.call(kind, { org: acme, helpCenterId }, tab)).ok).toBe(true);
    }
    await h.fake.control.clearLog();
    await h.fake.control.setLatency({ route: '*', ms: 60 });
    expect((await open({ ticketId: DEMO.tickets.ofPendingTwice })).reply.ok).toBe(true);
    // The duplicates search, and each of the two users' badges, labels and groups.
    const log = await h.fake.control.log();
    const wave = log.filter((entry) => /groupContacts|\/users\/\d+\/(badges|labels|groups)$/.test(entry.path));
    expect(wave).toHaveLength(7);
    const lastSent = Math.max(...wave.map((entry) => Date.parse(entry.time)));
    const firstAnswered = Math.min(...wave.map((entry) => Date.parse(entry.time) + entry.durationMs!));
    expect(lastSent).toBeLessThan(firstAnswered);
  });

  it('a read that fails is a failed part of its own, and the others are answered', async () => {
    await h.fake.control.injectFault({ route: USER_BADGES, kind: 403, count: 1 });
    const { reply, parts } = await open({ contactId: DEMO.contacts.helpCenterUser });
    expect(reply.ok).toBe(true);
    expect(parts.filter((part) => !part.reply.ok).map((part) => part.kind)).toEqual(['badges.ofUser']);
    expect(parts.find((part) => part.kind === 'labels.ofUser')!.reply.ok).toBe(true);
  });

  it('is refused as a one-off message: its parts need a port', async () => {
    const reply = await h.call('view.open', { org: acme, contactId: DEMO.contacts.helpCenterUser }, tab);
    expect(reply.ok).toBe(false);
    expect(await deskCalls()).toEqual([]);
  });
});
