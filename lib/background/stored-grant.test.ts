// @vitest-environment node
// Whoever can write extension storage (another program on the machine, a compromised profile sync) must not be
// able to steer the refresh token elsewhere: a stored grant that is not exactly what sign-in wrote is refused
// on the way back in, nothing is sent anywhere, and the agent is asked to connect again.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO } from '@/fake-zoho/worlds';
import { accessItem } from '../auth/token-store';
import { deskTab, useHarness } from '@/tests/support/zoho-harness';

const h = useHarness();
const acme = { dataCenter: 'us' as const, portal: 'acme' };

const storedGrant = async () => (await fakeBrowser.storage.local.get('zohoGrant')).zohoGrant as Record<string, unknown>;
const storedClient = async () => (await fakeBrowser.storage.local.get('zohoClient')).zohoClient as Record<string, unknown>;
const tamper = async (change: Record<string, unknown>) =>
  fakeBrowser.storage.local.set({ zohoGrant: { ...(await storedGrant()), ...change } });

/** After the tampering: the next call needs a refresh (the access token is gone), and must not make one. */
async function expectRefusedAndSilent({ restart = true } = {}) {
  await accessItem.removeValue();
  if (restart) h.restart();
  h.fetched.length = 0;
  await h.fake.control.clearLog();
  const reply = await h.call('contact.get', { org: acme, contactId: DEMO.contacts.active }, deskTab());
  expect(reply).toMatchObject({ ok: false, error: { kind: 'not-connected' } });
  expect(await h.call('session.get', {})).toMatchObject({ ok: true, data: { connected: false } });
  expect(await h.call('session.disconnect', {})).toMatchObject({ ok: true, data: { connected: false } });
  expect(h.fetched).toEqual([]);
  expect(h.authFlows.filter((flow) => !flow.interactive)).toEqual([]);
  expect(await h.fake.control.log()).toEqual([]);
}

describe('a stored grant is checked on every read', () => {
  it('the untouched grant still refreshes (the check refuses only what it must)', async () => {
    await h.connect();
    await accessItem.removeValue();
    h.restart();
    const reply = await h.call('contact.get', { org: acme, contactId: DEMO.contacts.active }, deskTab());
    expect(reply).toMatchObject({ ok: true, data: { id: DEMO.contacts.active } });
  });

  it.each([
    ['a foreign accounts server', { accountsServer: 'https://accounts.evil.example' }],
    ['another data center’s accounts server', { accountsServer: 'https://accounts.zoho.eu' }],
    ['a look-alike of the right one', { accountsServer: 'https://accounts.zoho.com.evil.example' }],
    ['the accounts server over http', { accountsServer: 'http://accounts.zoho.com' }],
    ['another data center for the same server', { dataCenter: 'eu' }],
    ['another client id', { clientId: '1000.SOMEONEELSE' }],
    ['a refresh token in plain text', { refreshToken: '1000.plain.token' }],
    ['an unknown grant type', { grant: 'password' }],
  ])('refuses %s', async (_name, change) => {
    await h.connect();
    await tamper(change);
    await expectRefusedAndSilent();
  });

  it('refuses a sealed value moved from its place: the client secret swapped in for the refresh token', async () => {
    await h.connect({ clientId: '1000.SERVERCLIENT', secret: 'demo-secret' });
    await tamper({ refreshToken: (await storedClient()).clientSecret });
    await expectRefusedAndSilent();
  });

  it('refuses a refresh token sealed for another record', async () => {
    await h.connect();
    const first = (await storedGrant()).refreshToken;
    await h.connect({ agent: DEMO.eu.agent });
    // The second sign-in gives the replaced token back to Zoho in the background: let that land first.
    await expect.poll(async () => (await h.fake.control.log()).some((entry) => entry.path.includes('revoke'))).toBe(true);
    await tamper({ refreshToken: first });
    await expectRefusedAndSilent();
  });
});

describe('a running worker holds the sign-in in memory', () => {
  const call = () => h.call('contact.get', { org: acme, contactId: DEMO.contacts.active }, deskTab());

  it('and reads the grant again, with every check, once storage changed under it', async () => {
    await h.connect();
    expect(await call()).toMatchObject({ ok: true });
    await tamper({ accountsServer: 'https://accounts.evil.example' });
    await expectRefusedAndSilent({ restart: false });
  });

  it('and forgets it when the tokens are removed from storage elsewhere', async () => {
    await h.connect();
    expect(await call()).toMatchObject({ ok: true });
    await fakeBrowser.storage.local.remove('zohoGrant');
    await h.fake.control.clearLog();
    expect(await call()).toMatchObject({ ok: false, error: { kind: 'not-connected' } });
    expect(await h.fake.control.log()).toEqual([]);
  });

  it('and uses a token written to storage elsewhere from the next call on', async () => {
    await h.connect();
    expect(await call()).toMatchObject({ ok: true });
    await accessItem.setValue({ token: 'not-a-token-zoho-issued', expiresAt: Date.now() + 3_600_000 });
    h.fetched.length = 0;
    // The call goes out with the token storage now holds; Zoho refuses it, and the one this worker obtained
    // (still valid) carries the retry: two GETs, no refresh.
    expect(await h.call('contact.get', { org: acme, contactId: DEMO.contacts.pending }, deskTab())).toMatchObject({ ok: true });
    const get = `/api/v1/contacts/${DEMO.contacts.pending}`;
    expect(h.fetched.map((url) => new URL(url).pathname)).toEqual([get, get]);
  });
});

describe('disconnect', () => {
  it('also clears the diagnostics', async () => {
    await h.connect();
    await h.fake.control.injectFault({ route: 'GET /api/v1/contacts/{contactId}', kind: 403 });
    await h.call('contact.get', { org: acme, contactId: DEMO.contacts.active }, deskTab());
    expect((await h.call('diagnostics.list', {})) as { data: unknown[] }).toMatchObject({ ok: true, data: [expect.anything()] });
    await h.call('session.disconnect', {});
    expect(await h.call('diagnostics.list', {})).toEqual({ ok: true, data: [] });
  });
});
