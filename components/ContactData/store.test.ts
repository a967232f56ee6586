// @vitest-environment happy-dom
// The store's recent reads, against the real fake Zoho behind the real background: what a later view of the same
// tab shows at once, and which reads the store still asks the background for (the background may answer those
// from its own cache, so the count is of the store's asks, not of Zoho's requests).
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import { contactOnFake, usePanelOnFake } from '@/tests/support/panel-on-fake';
import { forgetRecentReads, ResourceStore } from './store';
import { CONTACT, MEMBERSHIPS } from '@/tests/support/desk-routes';

const { h, requestsTo } = usePanelOnFake();

afterEach(forgetRecentReads);

function setUp() {
  const { page, api } = contactOnFake(h, DEMO.contacts.pending);
  const asked: string[] = [];
  const counted: typeof api = (kind, payload) => {
    asked.push(kind);
    return api(kind, payload);
  };
  const request = { org: { dataCenter: page.dataCenter, portal: page.portal }, contactId: page.contactId };
  const store = () => new ResourceStore(counted, new AbortController().signal);
  const asks = (kind: string) => asked.filter((k) => k === kind).length;
  return { request, store, asks };
}

describe('recent reads across views of one tab', () => {
  it('a revisit shows what the last view read at once, and still asks again behind it', async () => {
    const { request, store, asks } = setUp();
    const first = store();
    await first.load('contact.helpCenters', request);
    first.dispose();

    // A background that holds nothing (a restarted worker), and a log that holds only what comes next: the ask
    // behind the remembered answer has to reach Zoho to be seen there.
    h.restart();
    await h.fake.control.clearLog();
    await h.fake.control.setLatency({ route: MEMBERSHIPS, ms: 300 });
    const second = store();
    const revalidated = second.load('contact.helpCenters', request);
    expect(second.read('contact.helpCenters', request)?.status).toBe('ok');
    expect(asks('contact.helpCenters')).toBe(2);
    await revalidated;
    expect(await requestsTo(MEMBERSHIPS)).toHaveLength(1);
  });

  it('after a reset (Retry, connecting) reads wait for the background again', async () => {
    const { request, store: create, asks } = setUp();
    const store = create();
    await store.load('contact.helpCenters', request);
    store.reset();
    const again = store.load('contact.helpCenters', request);
    expect(store.read('contact.helpCenters', request)?.status).toBe('loading');
    await again;
    expect(store.read('contact.helpCenters', request)?.status).toBe('ok');
    expect(asks('contact.helpCenters')).toBe(2);
  });

  it('never remembers the session or a failure', async () => {
    const { request, store } = setUp();
    await h.fake.control.injectFault({ route: CONTACT, kind: 403 });
    const first = store();
    await first.load('session.get', {});
    await first.load('contact.get', request);
    expect(first.read('contact.get', request)?.status).not.toBe('ok');
    const second = store();
    const session = second.load('session.get', {});
    const contact = second.load('contact.get', request);
    expect(second.read('session.get', {})?.status).toBe('loading');
    expect(second.read('contact.get', request)?.status).toBe('loading');
    await Promise.all([session, contact]);
    expect(second.read('contact.get', request)?.status).toBe('ok');
    expect(await requestsTo(CONTACT)).toHaveLength(2);
  });
});
