// @vitest-environment node
// The background against the fake Zoho (fake-zoho/): every assertion about Zoho is about what the fake
// RECEIVED (its request log), not about mocks of our own code.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO } from '@/fake-zoho/worlds';
import type { LogEntry } from '@/fake-zoho/server';
import type { OrgRef } from '../messages/protocol';
import { deskTab, useHarness } from '@/tests/support/zoho-harness';

const h = useHarness();
const acme: OrgRef = { dataCenter: 'us', portal: 'acme' };
const C = DEMO.contacts;
const HC = DEMO.helpCenters;
const log = () => h.fake.control.log();
const apiCalls = (entries: LogEntry[]) => entries.filter((entry) => entry.path.startsWith('/api/'));

describe('org discovery', () => {
  beforeEach(() => h.connect());

  it('matches the page’s portal among the agent’s orgs and sends that orgId', async () => {
    await h.fake.control.clearLog();
    const reply = await h.call('contact.get', { org: { dataCenter: 'us', portal: DEMO.globex.portal }, contactId: DEMO.globex.contactId }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { id: DEMO.globex.contactId } });
    const entries = await log();
    expect(entries[0]).toMatchObject({ path: '/api/v1/organizations' });
    expect(entries[0]!.headers.orgid).toBeUndefined();
    expect(entries[1]!.headers.orgid).toBe(DEMO.globex.orgId);
    expect(entries[1]!.headers.authorization).toMatch(/^Zoho-oauthtoken /);
  });

  it('caches the org list per sign-in', async () => {
    await h.fake.control.clearLog();
    await h.call('contact.get', { org: acme, contactId: C.active }, deskTab());
    await h.call('contact.get', { org: acme, contactId: C.pending }, deskTab());
    expect((await log()).filter((entry) => entry.path === '/api/v1/organizations')).toHaveLength(1);
  });

  it('explains a page of another data center, naming both, without calling Zoho', async () => {
    await h.fake.control.clearLog();
    const reply = await h.call('contact.get', { org: { dataCenter: 'eu', portal: 'eurocorp' }, contactId: DEMO.eu.contactId }, deskTab());
    expect(reply).toMatchObject({ ok: false, error: { kind: 'wrong-data-center' } });
    if (!reply.ok) expect(reply.error.message).toMatch(/Europe \(eu\).*United States \(us\)/);
    expect(await log()).toEqual([]);
  });

  it('explains a portal the account cannot see', async () => {
    const reply = await h.call('contact.get', { org: { dataCenter: 'us', portal: 'initech' }, contactId: C.active }, deskTab());
    expect(reply).toMatchObject({ ok: false, error: { kind: 'portal-not-found' } });
  });

  it('keeps to the portals an enterprise policy allows', async () => {
    await fakeBrowser.storage.managed.set({ allowedPortals: ['globex'] });
    await h.fake.control.clearLog();
    expect(await h.call('contact.get', { org: acme, contactId: C.active }, deskTab())).toMatchObject({
      ok: false,
      error: { kind: 'portal-not-found', code: 'PORTAL_NOT_ALLOWED' },
    });
    expect(await log()).toEqual([]);
  });
});

describe('the Desk client', () => {
  beforeEach(() => h.connect());
  const user = (contactId: string, helpCenterId: string = HC.main) => DEMO.userIdOf(contactId, helpCenterId);

  it('sends only requests the spec accepts, and Zoho’s answers all parse', async () => {
    await h.fake.control.clearLog();
    const org = acme;
    const reads = await Promise.all([
      h.call('contact.get', { org, contactId: C.withDuplicates }, deskTab()),
      h.call('contact.helpCenters', { org, contactId: C.multiUser }, deskTab()),
      h.call('helpCenters.list', { org }, deskTab()),
      h.call('badges.ofUser', { org, userId: user(C.active) }, deskTab()),
      h.call('badges.catalogue', { org }, deskTab()),
      h.call('labels.ofUser', { org, userId: user(C.active), helpCenterId: HC.main }, deskTab()),
      h.call('labels.catalogue', { org, helpCenterId: HC.main }, deskTab()),
      h.call('duplicates.find', { org, contactId: C.withDuplicates }, deskTab()),
    ]);
    for (const reply of reads) expect(reply).toMatchObject({ ok: true });
    const writes = [
      await h.call('helpCenters.approve', { org, contactId: C.pending, helpCenterIds: [HC.main] }, deskTab()),
      await h.call('helpCenters.reject', { org, contactId: C.pendingTwice, helpCenterIds: [HC.partners] }, deskTab()),
      await h.call('helpCenters.invite', { org, contactId: C.notMember, helpCenterId: HC.main }, deskTab()),
      await h.call('users.setStatus', { org, contactId: C.deactivated, userId: user(C.deactivated), helpCenterId: HC.main, status: 'ACTIVE' }, deskTab()),
      await h.call('badges.add', { org, userId: user(C.active), ids: ['1892000000500002'] }, deskTab()),
      await h.call('badges.remove', { org, userId: user(C.active), ids: ['1892000000500002'] }, deskTab()),
      await h.call('labels.add', { org, userId: user(C.active), helpCenterId: HC.main, ids: ['1892000000600002'] }, deskTab()),
      await h.call('labels.remove', { org, userId: user(C.active), helpCenterId: HC.main, ids: ['1892000000600002'] }, deskTab()),
      await h.call('contacts.merge', { org, keepId: C.withDuplicates, mergeIds: [C.duplicateByEmail], source: { phone: C.duplicateByEmail } }, deskTab()),
    ];
    for (const [index, reply] of writes.entries()) expect([index, reply]).toMatchObject([index, { ok: true }]);
    const entries = await log();
    expect(entries.filter((entry) => typeof entry.status === 'number' && entry.status >= 400)).toEqual([]);
    expect(await h.fake.control.responseValidationErrors()).toEqual([]);
    for (const entry of apiCalls(entries)) {
      expect(entry.headers.authorization).toMatch(/^Zoho-oauthtoken /);
      if (entry.path !== '/api/v1/organizations') expect(entry.headers.orgid).toBe(DEMO.orgId);
    }
  });

  it('pages help centers from 1 by 50 until a short page', async () => {
    await h.fake.control.clearLog();
    const reply = await h.call('helpCenters.list', { org: acme }, deskTab());
    expect(reply.ok && reply.data.length).toBe(60);
    if (reply.ok) expect(reply.data.find((hc) => hc.id === HC.legacyDisabled)?.enabled).toBe(false);
    const pages = (await log()).filter((entry) => entry.path === '/api/v1/helpCenters').map((entry) => entry.query);
    expect(pages).toEqual(['from=1&limit=50', 'from=51&limit=50']);
  });

  it('finds duplicates by email and by phone from 0, without the contact itself', async () => {
    await h.fake.control.clearLog();
    const reply = await h.call('duplicates.find', { org: acme, contactId: C.withDuplicates }, deskTab());
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const byId = Object.fromEntries(reply.data.map((duplicate) => [duplicate.contact.id, duplicate.matchedOn]));
    expect(byId[C.duplicateByEmail]).toEqual(['email']);
    expect(byId[C.duplicateByPhone]).toEqual(['phone']);
    expect(byId[C.withDuplicates]).toBeUndefined();
    const queries = (await log()).filter((entry) => entry.path === '/api/v1/groupContacts').map((entry) => new URLSearchParams(entry.query));
    expect(queries.map((query) => query.get('from'))).toEqual(['0', '0']);
    expect(queries.map((query) => query.get('fieldName')).sort()).toEqual(['email', 'phone']);
  });

  it('fills mergeFields with Zoho field names', async () => {
    const reply = await h.call('contact.get', { org: acme, contactId: C.withDuplicates }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { mergeFields: { email: 'dana@customer.example', phone: '+1 555 0142' } } });
    if (reply.ok) expect(Object.keys(reply.data.mergeFields!)).toEqual(['firstName', 'lastName', 'email', 'secondaryEmail', 'phone', 'mobile', 'accountId']);
  });

  it.each(['data', 'array'] as const)('reads user badges sent as %s', async (shape) => {
    await h.fake.control.setBadgesShape(shape);
    const reply = await h.call('badges.ofUser', { org: acme, userId: user(C.pending, HC.partners) }, deskTab());
    expect(reply.ok && reply.data.map((badge) => badge.name)).toEqual(['Rising Star', 'Beta Pioneer']);
  });

  it('retries a rate-limited read with backoff, bounded', async () => {
    const sleeps: number[] = [];
    h.restart({ sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 });
    await h.call('helpCenters.list', { org: acme }, deskTab());
    await h.fake.control.injectFault({ route: 'GET /api/v1/contacts/{contactId}', kind: 429, count: 2 });
    await h.fake.control.clearLog();
    expect(await h.call('contact.get', { org: acme, contactId: C.active }, deskTab())).toMatchObject({ ok: true });
    expect((await log()).filter((entry) => entry.route === 'GET /api/v1/contacts/{contactId}')).toHaveLength(3);
    expect(sleeps).toEqual([250, 500]);

    await h.fake.control.injectFault({ route: 'GET /api/v1/contacts/{contactId}', kind: 429, count: 100 });
    await h.fake.control.clearLog();
    const reply = await h.call('contact.get', { org: acme, contactId: C.pending }, deskTab());
    expect(reply).toMatchObject({ ok: false, error: { kind: 'rate-limited', code: 'TOO_MANY_REQUESTS' } });
    expect((await log()).filter((entry) => entry.route === 'GET /api/v1/contacts/{contactId}')).toHaveLength(4);
  });

  it('maps malformed JSON to unexpected-response', async () => {
    await h.fake.control.injectFault({ route: 'GET /api/v1/helpCenters', kind: 'malformed' });
    expect(await h.call('helpCenters.list', { org: acme }, deskTab())).toMatchObject({ ok: false, error: { kind: 'unexpected-response' } });
  });

  it('serves reference data from cache and re-reads per-contact data after a write', async () => {
    await h.fake.control.clearLog();
    await h.call('helpCenters.list', { org: acme }, deskTab());
    await h.call('helpCenters.list', { org: acme }, deskTab());
    await Promise.all([h.call('badges.catalogue', { org: acme }, deskTab()), h.call('badges.catalogue', { org: acme }, deskTab())]);
    let entries = await log();
    expect(entries.filter((entry) => entry.path === '/api/v1/helpCenters')).toHaveLength(2); // two pages, once
    // 60 badges: two pages, fetched once for both callers.
    expect(entries.filter((entry) => entry.path === '/api/v1/badges').map((entry) => entry.query)).toEqual(['from=1&limit=50', 'from=51&limit=50']);

    // A write drops what other tabs hold of what it changed (this tab holds the state it was answered with).
    const otherTab = { ...deskTab(), tab: { id: 8 } };
    await h.call('contact.helpCenters', { org: acme, contactId: C.pending }, otherTab);
    await h.call('helpCenters.approve', { org: acme, contactId: C.pending, helpCenterIds: [HC.main] }, deskTab());
    const after = await h.call('contact.helpCenters', { org: acme, contactId: C.pending }, otherTab);
    entries = await log();
    expect(entries.filter((entry) => entry.route === 'GET /api/v1/contacts/{contactId}/helpCenters')).toHaveLength(3);
    expect(after.ok && after.data.find((m) => m.helpCenter.id === HC.main)?.userStatus).toBe('ACTIVE');
  });
});

