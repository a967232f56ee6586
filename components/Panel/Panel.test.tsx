// @vitest-environment happy-dom
// The whole panel against the real fake Zoho: its shell (landmark, collapse, the remembered choice), what it fires
// and how often, and what the agent sees when signing in or Zoho fails. States the default world lacks come from
// the fake's own controls (faults, the accounts session, its live world), never from a hand-written reply.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as renderNow } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import { optionsClientItem } from '@/lib/config';
import { panelCollapsed } from '@/lib/preferences';
import { DEFAULT_BACKOFF } from '@/lib/zoho/backoff';
import { contactOnFake, LOADED, usePanelOnFake } from '@/tests/support/panel-on-fake';
import { settled } from '@/tests/support/render-panel';
import { Panel } from './Panel';
import { panelStyles } from './styles';
import { BADGES, CONTACT, DUPLICATES, HELP_CENTERS, LABELS, MEMBERSHIPS, USER_BADGES, USER_LABELS } from '@/tests/support/desk-routes';

const { h, renderOnFake, requestsTo } = usePanelOnFake();
const SECTIONS = ['Help centers', 'Badges', 'Labels', 'Groups', 'Duplicates'];
/** Reads that retry by themselves give up after this many answers. */
const ATTEMPTS = DEFAULT_BACKOFF.maxAttempts;

const acme = () => h.fake.world.orgs.find((org) => org.id === DEMO.orgId)!;
const deskRequests = async () => (await h.fake.control.log()).filter((entry) => entry.path.startsWith('/api/'));
/** Signed out in the options page; the sign-in the harness made before the test is forgotten with it. */
async function disconnect() {
  await h.call('session.disconnect', {});
  h.authFlows.length = 0;
}
const allSettled = async () => {
  for (const name of SECTIONS) await settled(name, LOADED);
};

describe('Panel shell', () => {
  it('is one complementary landmark with four regions that settle', async () => {
    renderOnFake(DEMO.contacts.active);
    expect(screen.getAllByRole('complementary', { name: 'Desk Companion' })).toHaveLength(1);
    for (const name of SECTIONS) expect(screen.getByRole('region', { name }).getAttribute('aria-busy')).toBe('true');
    await allSettled();
    for (const name of SECTIONS) expect(screen.getByRole('region', { name }).getAttribute('aria-busy')).toBeNull();
    expect(screen.getByText(DEMO.names.active)).toBeTruthy();
  });

  it('fires the level-1 reads at once: none of them waits for the contact’s help-center users', async () => {
    // The memberships never answer (the read gives up after a second): whatever reaches Zoho meanwhile did not
    // wait for them.
    h.restart({ timeoutMs: 1_000 });
    await h.fake.control.injectFault({ route: MEMBERSHIPS, kind: 'hang' });
    renderOnFake(DEMO.contacts.pending);
    await waitFor(
      async () => {
        const routes = new Set((await deskRequests()).map((entry) => entry.route));
        for (const route of [CONTACT, MEMBERSHIPS, HELP_CENTERS, BADGES, DUPLICATES]) expect(routes).toContain(route);
      },
      { timeout: LOADED },
    );
    expect((await deskRequests()).filter((entry) => [USER_BADGES, USER_LABELS, LABELS].includes(entry.route))).toEqual([]);
  });

  it('reads what several sections share only once: the contact, its users, each user’s badges and labels, each catalogue', async () => {
    const contactId = DEMO.contacts.pending;
    const users = [DEMO.helpCenters.pendingIn, DEMO.helpCenters.activeIn].map((center) => DEMO.userIdOf(contactId, center));
    renderOnFake(contactId);
    await allSettled();
    expect((await requestsTo(CONTACT)).map((entry) => entry.path)).toEqual([`/api/v1/contacts/${contactId}`]);
    expect(await requestsTo(MEMBERSHIPS)).toHaveLength(1);
    const perUser = async (route: string) => (await requestsTo(route)).map((entry) => entry.path.split('/')[4]).sort();
    expect(await perUser(USER_BADGES)).toEqual([...users].sort());
    expect(await perUser(USER_LABELS)).toEqual([...users].sort());
    const catalogues = (await requestsTo(LABELS)).map((entry) => new URLSearchParams(entry.query).get('helpCenterId')).sort();
    expect(catalogues).toEqual([DEMO.helpCenters.pendingIn, DEMO.helpCenters.activeIn].sort());
  });

  it('collapses and remembers it', async () => {
    renderOnFake(DEMO.contacts.active);
    const button = screen.getByRole('button', { name: 'Collapse Desk Companion' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(button);
    const expand = await screen.findByRole('button', { name: 'Expand Desk Companion' });
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    await waitFor(async () => expect(await panelCollapsed.getValue()).toBe(true));
    expect(screen.queryByRole('region', { name: 'Help centers' })).toBeNull();
  });

  it('reads the remembered state on mount', async () => {
    await panelCollapsed.setValue(true);
    renderOnFake(DEMO.contacts.active);
    expect(await screen.findByRole('button', { name: 'Expand Desk Companion' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Expand Desk Companion' }));
    await waitFor(async () => expect(await panelCollapsed.getValue()).toBe(false));
    expect(screen.getByRole('region', { name: 'Help centers' })).toBeTruthy();
  });

  it('follows a toggle made in another tab: the whole panel, not only its width', async () => {
    renderOnFake(DEMO.contacts.active);
    await settled('Help centers', LOADED);
    // Another tab (or the keyboard shortcut) writes the choice; this tab only hears of it through storage.
    await panelCollapsed.setValue(true);
    expect(await screen.findByRole('button', { name: 'Expand Desk Companion' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Help centers' })).toBeNull();
    await panelCollapsed.setValue(false);
    expect(await screen.findByRole('button', { name: 'Collapse Desk Companion' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Help centers' })).toBeTruthy();
  });

  it('offers "Connect to Zoho" when not connected, then loads everything', async () => {
    await disconnect();
    renderOnFake(DEMO.contacts.active);
    const connect = await screen.findByRole('button', { name: 'Connect to Zoho' }, { timeout: LOADED });
    expect(screen.getByRole('complementary').textContent).toMatch(/not connected/i);
    expect(await deskRequests()).toEqual([]);
    fireEvent.click(connect);
    await allSettled();
    expect(h.authFlows.map((flow) => flow.interactive)).toEqual([true]);
    expect(screen.queryByRole('button', { name: 'Connect to Zoho' })).toBeNull();
    expect(screen.getByText(DEMO.names.active)).toBeTruthy();
    expect(await requestsTo(CONTACT)).toHaveLength(1);
  });

  it('treats a sign-in Zoho refuses on any one read as not connected', async () => {
    // The duplicates search alone refuses the token, before and after a refresh.
    await h.fake.control.injectFault({ route: DUPLICATES, kind: 401, count: 2 });
    renderOnFake(DEMO.contacts.active);
    expect(await screen.findByRole('button', { name: 'Connect to Zoho' }, { timeout: LOADED })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/INVALID_OAUTH/);
    expect(screen.queryByRole('region', { name: 'Help centers' })).toBeNull();
  });

  it('says it is not connected and connects through the options when no Zoho client is set up', async () => {
    await disconnect();
    await optionsClientItem.removeValue();
    const openOptionsPage = vi.fn(async () => {});
    h.restart({ openOptionsPage });
    renderOnFake(DEMO.contacts.active);
    fireEvent.click(await screen.findByRole('button', { name: 'Connect to Zoho' }, { timeout: LOADED }));
    expect(screen.getByText(/not connected/)).toBeTruthy();
    await waitFor(() => expect(openOptionsPage).toHaveBeenCalledTimes(1), { timeout: LOADED });
    expect(h.authFlows).toEqual([]);
  });

  it('shows a page in another data center than the sign-in once, and Retry works once connected there', async () => {
    // Signed in with acme's US account, on a Desk page in the EU data center.
    renderOnFake(DEMO.eu.contactId, { url: DEMO.contactUrl(DEMO.eu.host, DEMO.eu.contactId, DEMO.eu) });
    const alert = await screen.findByRole('alert', {}, { timeout: LOADED });
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(alert.textContent).toMatch(/Europe|EU|\(eu\)/);
    expect(await deskRequests()).toEqual([]);
    await h.connect({ agent: DEMO.eu.agent });
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await allSettled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a failure with its code and retries on demand', async () => {
    await h.fake.control.injectFault({ route: DUPLICATES, kind: 500, count: ATTEMPTS });
    renderOnFake(DEMO.contacts.active);
    const section = await settled('Duplicates', LOADED);
    const alert = section.getByRole('alert');
    expect(alert.textContent).toMatch(/INTERNAL_SERVER_ERROR/);
    fireEvent.click(section.getByRole('button', { name: 'Retry' }));
    expect(await section.findByText('No duplicates found', {}, { timeout: LOADED })).toBeTruthy();
    expect(section.queryByRole('alert')).toBeNull();
  });

  it('says Zoho is rate-limiting and retries once by itself', async () => {
    await h.fake.control.injectFault({ route: DUPLICATES, kind: 429, count: ATTEMPTS, retryAfterSeconds: 1 });
    renderOnFake(DEMO.contacts.active);
    const section = within(screen.getByRole('region', { name: 'Duplicates' }));
    const alert = await section.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(/rate-limiting/);
    expect(alert.textContent).toMatch(/retry in 1 second/);
    expect(await section.findByText('No duplicates found', {}, { timeout: LOADED })).toBeTruthy();
    // The background's own attempts, all refused, then the one the panel made by itself.
    expect((await requestsTo(DUPLICATES)).map((entry) => entry.status)).toEqual([...Array(ATTEMPTS).fill(429), 200]);
  });

  it('drops answers that arrive after the signal aborted', async () => {
    acme().helpCenters.find((center) => center.id === DEMO.helpCenters.main)!.name = 'Contact A portal';
    const controller = new AbortController();
    const { answered } = renderOnFake(DEMO.contacts.active, { signal: controller.signal });
    controller.abort();
    await answered();
    expect(await requestsTo(MEMBERSHIPS)).toHaveLength(1);
    expect(screen.queryByText('Contact A portal')).toBeNull();
    expect(screen.queryByText(DEMO.names.active)).toBeNull();
    expect(screen.queryByText('No duplicates found')).toBeNull();
    // The background starts the users' badge reads when the memberships arrive (contact.open); the aborted panel
    // adds none of its own on top of that one.
    expect((await requestsTo(USER_BADGES)).length).toBeLessThanOrEqual(1);
  });

  it('renders nothing of contact A on contact B when remounted with a new key', async () => {
    const contactA = contactOnFake(h, DEMO.contacts.pending);
    const contactB = contactOnFake(h, DEMO.contacts.active);
    const a = new AbortController();
    const { rerender } = render(<Panel key="a" page={contactA.page} api={contactA.api} navigate={() => {}} signal={a.signal} />);
    a.abort();
    rerender(<Panel key="b" page={contactB.page} api={contactB.api} navigate={() => {}} signal={new AbortController().signal} />);
    await contactA.answered();
    await allSettled();
    expect(screen.getByText(DEMO.names.active)).toBeTruthy();
    expect(screen.queryByText(DEMO.names.pending)).toBeNull();
    expect(screen.getAllByRole('complementary')).toHaveLength(1);
    await contactB.answered();
  });

  it('paints a revisit from this tab’s memory in its very first render, every section settled', async () => {
    const first = renderOnFake(DEMO.contacts.active);
    await allSettled();
    await first.answered();
    first.unmount();
    const again = contactOnFake(h, DEMO.contacts.active);
    const container = document.body.appendChild(document.createElement('div'));
    // Preact's own render, without Testing Library's act(): what is in the DOM when it returns is the first render.
    renderNow(<Panel page={again.page} api={again.api} navigate={() => {}} signal={new AbortController().signal} />, container);
    const panel = within(container);
    for (const name of SECTIONS) expect(panel.getByRole('region', { name }).getAttribute('aria-busy')).toBeNull();
    expect(panel.getByText(DEMO.names.active)).toBeTruthy();
    await again.answered();
    renderNow(null, container);
    container.remove();
  });

  it('exports CSS with focus outlines, dark mode and no external resources', () => {
    expect(panelStyles).toMatch(/:focus-visible/);
    expect(panelStyles).toMatch(/:host\(\[data-theme="dark"\]\)/);
    expect(panelStyles).not.toMatch(/url\(|@import|@font-face/);
  });
});

describe('Panel sign-in failures', () => {
  it('asks to connect again when the stored sign-in was revoked', async () => {
    await h.fake.control.revokeRefreshTokens();
    await h.fake.control.expireAccessTokens();
    renderOnFake(DEMO.contacts.active);
    expect(await screen.findByRole('button', { name: 'Connect to Zoho' }, { timeout: LOADED })).toBeTruthy();
    // What the accounts server answered the refresh with.
    expect(screen.getByRole('alert').textContent).toMatch(/invalid_code/);
  });

  it('shows a failed connect with Retry', async () => {
    await disconnect();
    // Nobody is signed in to Zoho in the browser, so the sign-in ends without a grant.
    await h.fake.control.setAccountsSession(null);
    renderOnFake(DEMO.contacts.active);
    fireEvent.click(await screen.findByRole('button', { name: 'Connect to Zoho' }, { timeout: LOADED }));
    expect(await screen.findByRole('alert', {}, { timeout: LOADED })).toBeTruthy();
    await h.fake.control.setAccountsSession(DEMO.agent);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await allSettled();
    expect(h.authFlows).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Connect to Zoho' })).toBeNull();
  });
});
