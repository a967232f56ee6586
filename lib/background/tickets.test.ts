// @vitest-environment node
// A ticket page's requester lookup, against the fake Zoho: what it answers, what Zoho received, and how often.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO } from '../../fake-zoho/worlds';
import type { LogEntry } from '../../fake-zoho/server';
import { resetStorageRestriction } from '../auth/token-store';
import type { OrgRef } from '../messages/protocol';
import { deskTab, startHarness, type Harness } from '../../tests/support/zoho-harness';

let h: Harness;
const acme: OrgRef = { dataCenter: 'us', portal: 'acme' };
const T = DEMO.tickets;
const ticketTab = (ticketId: string, tabId = 7) => ({ ...deskTab(DEMO.ticketUrl('desk.zoho.com', ticketId)), tab: { id: tabId } });

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());
beforeEach(async () => {
  fakeBrowser.reset();
  resetStorageRestriction();
  await h.fake.control.reset({ tokens: true });
  h.restart();
  await h.connect();
  await h.fake.control.clearLog();
});

const ticketReads = async () => (await h.fake.control.log()).filter((entry: LogEntry) => entry.path.startsWith('/api/v1/tickets/'));

describe('ticket.contact', () => {
  it('names the requester with one GET of the ticket, and keeps it across tabs and contact writes', async () => {
    expect(await h.call('ticket.contact', { org: acme, ticketId: T.ofPending }, ticketTab(T.ofPending))).toEqual({
      ok: true,
      data: { contactId: DEMO.contacts.pending },
    });
    const [read] = await ticketReads();
    expect(read).toMatchObject({ method: 'GET', path: `/api/v1/tickets/${T.ofPending}`, query: '', status: 200 });
    expect(read!.headers.orgid).toBe(DEMO.orgId);

    const approve = await h.call(
      'helpCenters.approve',
      { org: acme, contactId: DEMO.contacts.pending, helpCenterIds: [DEMO.helpCenters.pendingIn] },
      ticketTab(T.ofPending),
    );
    expect(approve.ok).toBe(true);
    expect(await h.call('ticket.contact', { org: acme, ticketId: T.ofPending }, ticketTab(T.ofPending, 8))).toMatchObject({ ok: true });
    expect(await ticketReads()).toHaveLength(1);
  });

  it('says plainly that a missing ticket, and one the role cannot see, cannot show a requester', async () => {
    const missing = await h.call('ticket.contact', { org: acme, ticketId: T.missing }, ticketTab(T.missing));
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'URL_NOT_FOUND' } });
    expect(!missing.ok && missing.error.message).toMatch(/ticket does not exist/);
    const hidden = await h.call('ticket.contact', { org: acme, ticketId: T.restricted }, ticketTab(T.restricted));
    expect(hidden).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'FORBIDDEN' } });
    expect(!hidden.ok && hidden.error.message).toMatch(/cannot see this ticket/);
  });

  it('answers SCOPE_MISMATCH without refreshing for a grant made before the ticket scope; contacts keep working', async () => {
    await h.fake.control.withdrawScope('Desk.tickets.READ');
    const reply = await h.call('ticket.contact', { org: acme, ticketId: T.ofActive }, ticketTab(T.ofActive));
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'SCOPE_MISMATCH' } });
    const log = await h.fake.control.log();
    expect(log.filter((entry) => entry.path === '/oauth/v2/token')).toEqual([]);
    expect(log.filter((entry) => entry.path.startsWith('/api/v1/tickets/'))).toHaveLength(1);
    expect((await h.call('contact.get', { org: acme, contactId: DEMO.contacts.active }, deskTab())).ok).toBe(true);
  });
});
