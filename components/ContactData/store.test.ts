import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi, page } from '@/tests/support/fake-api';
import { forgetRecentReads, ResourceStore } from './store';

const org = { dataCenter: page.dataCenter, portal: page.portal };
const request = { org, contactId: page.contactId };

afterEach(forgetRecentReads);

describe('recent reads across views of one tab', () => {
  it('a revisit shows what the last view read at once, and still asks again behind it', async () => {
    const fake = createFakeApi();
    const first = new ResourceStore(fake.api, new AbortController().signal);
    await first.load('contact.helpCenters', request);
    first.dispose();

    fake.hold();
    const second = new ResourceStore(fake.api, new AbortController().signal);
    const revalidated = second.load('contact.helpCenters', request);
    expect(second.read('contact.helpCenters', request)?.status).toBe('ok');
    expect(fake.callsOf('contact.helpCenters')).toHaveLength(2);
    await fake.release();
    await revalidated;
  });

  it('after a reset (Retry, connecting) reads wait for the background again', async () => {
    const fake = createFakeApi();
    const store = new ResourceStore(fake.api, new AbortController().signal);
    await store.load('contact.helpCenters', request);
    store.reset();
    fake.hold();
    const again = store.load('contact.helpCenters', request);
    expect(store.read('contact.helpCenters', request)?.status).toBe('loading');
    await fake.release();
    await again;
  });

  it('never remembers the session or a failure', async () => {
    const fake = createFakeApi();
    fake.failNext('contact.get', { kind: 'server', message: 'Zoho failed.', code: 'INTERNAL_SERVER_ERROR', requestId: null, retryInMs: null });
    const first = new ResourceStore(fake.api, new AbortController().signal);
    await first.load('session.get', {});
    await first.load('contact.get', request);
    fake.hold();
    const second = new ResourceStore(fake.api, new AbortController().signal);
    void second.load('session.get', {});
    void second.load('contact.get', request);
    expect(second.read('session.get', {})?.status).toBe('loading');
    expect(second.read('contact.get', request)?.status).toBe('loading');
    await fake.release();
  });
});
