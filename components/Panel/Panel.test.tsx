// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelCollapsed } from '@/lib/preferences';
import { apiError, createFakeApi, page } from '@/tests/support/fake-api';
import { renderPanel, settled } from '@/tests/support/render-panel';
import { Panel } from './Panel';
import { panelStyles } from './styles';
import { render } from '@testing-library/preact';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('Panel shell', () => {
  it('is one complementary landmark with four regions that settle', async () => {
    renderPanel();
    expect(screen.getAllByRole('complementary', { name: 'Desk Companion' })).toHaveLength(1);
    for (const name of ['Help centers', 'Badges', 'Labels', 'Duplicates']) {
      expect(screen.getByRole('region', { name }).getAttribute('aria-busy')).toBe('true');
    }
    for (const name of ['Help centers', 'Badges', 'Labels', 'Duplicates']) await settled(name);
    for (const name of ['Help centers', 'Badges', 'Labels', 'Duplicates']) {
      expect(screen.getByRole('region', { name }).getAttribute('aria-busy')).toBeNull();
    }
  });

  it('fires the level-1 calls at once and each shared read only once', async () => {
    const { fake } = renderPanel((state) => {
      // Two help centers, one user.
      state.memberships[page.contactId]!.push({ helpCenter: state.helpCenters[1]!, userId: '301', userStatus: 'ACTIVE' });
    });
    await waitFor(() => expect(fake.callsOf('duplicates.find')).toHaveLength(1));
    // The view's own reads first, the background told first of all that a contact view opened.
    expect(fake.calls.slice(0, 7).map((c) => c.kind)).toEqual([
      'contact.open',
      'contact.get',
      'contact.helpCenters',
      'duplicates.find',
      'session.get',
      'helpCenters.list',
      'badges.catalogue',
    ]);
    await settled('Labels');
    await settled('Badges');
    expect(fake.callsOf('contact.get')).toHaveLength(1);
    expect(fake.callsOf('contact.helpCenters')).toHaveLength(1);
    expect(fake.callsOf('badges.ofUser')).toEqual([{ org: { dataCenter: 'eu', portal: 'acme' }, userId: '301' }]);
    expect(fake.callsOf('labels.ofUser')).toHaveLength(1);
    expect(fake.callsOf('labels.catalogue').map((p) => p.helpCenterId).sort()).toEqual(['201', '202']);
  });

  it('collapses and remembers it', async () => {
    renderPanel();
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
    renderPanel();
    expect(await screen.findByRole('button', { name: 'Expand Desk Companion' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Expand Desk Companion' }));
    await waitFor(async () => expect(await panelCollapsed.getValue()).toBe(false));
    expect(screen.getByRole('region', { name: 'Help centers' })).toBeTruthy();
  });

  it('follows a toggle made in another tab: the whole panel, not only its width', async () => {
    renderPanel();
    await settled('Help centers');
    // Another tab (or the keyboard shortcut) writes the choice; this tab only hears of it through storage.
    await panelCollapsed.setValue(true);
    expect(await screen.findByRole('button', { name: 'Expand Desk Companion' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Help centers' })).toBeNull();
    await panelCollapsed.setValue(false);
    expect(await screen.findByRole('button', { name: 'Collapse Desk Companion' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Help centers' })).toBeTruthy();
  });

  it('offers "Connect to Zoho" when not connected, then loads everything', async () => {
    const { fake } = renderPanel((state) => {
      state.session.connected = false;
    });
    fake.failNext('contact.get', apiError('not-connected', 'Not connected.'));
    const connect = await screen.findByRole('button', { name: 'Connect to Zoho' });
    expect(screen.getByRole('complementary').textContent).toMatch(/not connected/i);
    fireEvent.click(connect);
    await settled('Help centers');
    expect(fake.callsOf('session.connect')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Connect to Zoho' })).toBeNull();
    expect(fake.callsOf('contact.get')).toHaveLength(2);
  });

  it('treats any not-connected reply as not connected', async () => {
    const fake = createFakeApi();
    fake.failNext('duplicates.find', apiError('not-connected', 'Sign in again.'));
    renderPanel(undefined, { fake });
    expect(await screen.findByRole('button', { name: 'Connect to Zoho' })).toBeTruthy();
  });

  it('says it is not connected and connects through the options when no Zoho client is set up', async () => {
    const { fake } = renderPanel((state) => {
      state.session = { connected: false, configured: false, dataCenter: null, grant: null };
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Connect to Zoho' }));
    expect(screen.getByText(/not connected/)).toBeTruthy();
    await waitFor(() => expect(fake.callsOf('options.open')).toHaveLength(1));
  });

  it('shows a wrong data center once, with Retry', async () => {
    const fake = createFakeApi();
    const error = apiError('wrong-data-center', 'This portal lives in the EU data center.', { code: 'INVALID_OAUTH', requestId: 'r-9' });
    for (const kind of ['contact.get', 'contact.helpCenters', 'helpCenters.list', 'badges.catalogue', 'duplicates.find'] as const) {
      fake.failNext(kind, error);
    }
    renderPanel(undefined, { fake });
    const alert = await screen.findByRole('alert');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(alert.textContent).toMatch(/EU data center/);
    expect(alert.textContent).toMatch(/INVALID_OAUTH/);
    expect(alert.textContent).toMatch(/r-9/);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await settled('Help centers');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a failure with its code and retries on demand', async () => {
    const fake = createFakeApi();
    fake.failNext('duplicates.find', apiError('server', 'Zoho answered 500.', { code: 'INTERNAL_SERVER_ERROR', requestId: 'abc-1' }));
    renderPanel(undefined, { fake });
    const section = await settled('Duplicates');
    const alert = section.getByRole('alert');
    expect(alert.textContent).toMatch(/INTERNAL_SERVER_ERROR/);
    expect(alert.textContent).toMatch(/abc-1/);
    fireEvent.click(section.getByRole('button', { name: 'Retry' }));
    expect(await section.findByText('No duplicates found')).toBeTruthy();
    expect(section.queryByRole('alert')).toBeNull();
  });

  it('says Zoho is rate-limiting and retries once by itself', async () => {
    const fake = createFakeApi();
    fake.failNext('duplicates.find', apiError('rate-limited', 'Too many requests.', { code: 'TOO_MANY_REQUESTS', retryInMs: 30 }));
    renderPanel(undefined, { fake });
    const section = within(screen.getByRole('region', { name: 'Duplicates' }));
    const alert = await section.findByRole('alert');
    expect(alert.textContent).toMatch(/rate-limiting/);
    expect(alert.textContent).toMatch(/retry in 1 second/);
    expect(await section.findByText('No duplicates found')).toBeTruthy();
    expect(fake.callsOf('duplicates.find')).toHaveLength(2);
  });

  it('drops answers that arrive after the signal aborted', async () => {
    const fake = createFakeApi((state) => {
      state.helpCenters[0]!.name = 'Contact A portal';
    });
    fake.hold();
    const controller = new AbortController();
    renderPanel(undefined, { fake, signal: controller.signal });
    expect(fake.calls.length).toBeGreaterThanOrEqual(6);
    controller.abort();
    await fake.release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText('Contact A portal')).toBeNull();
    expect(screen.queryByText('No duplicates found')).toBeNull();
    expect(fake.callsOf('badges.ofUser')).toHaveLength(0);
  });

  it('renders nothing of contact A on contact B when remounted with a new key', async () => {
    const fakeA = createFakeApi((state) => {
      state.helpCenters[0]!.name = 'Contact A portal';
    });
    fakeA.hold();
    const a = new AbortController();
    const { rerender } = render(<Panel key="a" page={page} api={fakeA.api} navigate={() => {}} signal={a.signal} />);
    a.abort();
    const fakeB = createFakeApi();
    const b = new AbortController();
    rerender(<Panel key="b" page={{ ...page, contactId: '1000000000002' }} api={fakeB.api} navigate={() => {}} signal={b.signal} />);
    await fakeA.release();
    expect(screen.queryByText('Contact A portal')).toBeNull();
    expect(screen.getAllByRole('complementary')).toHaveLength(1);
  });

  it('exports CSS with focus outlines, dark mode and no external resources', () => {
    expect(panelStyles).toMatch(/:focus-visible/);
    expect(panelStyles).toMatch(/:host\(\[data-theme="dark"\]\)/);
    expect(panelStyles).not.toMatch(/url\(|@import|@font-face/);
  });
});

describe('Panel sign-in failures', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks to connect again when the stored sign-in failed', async () => {
    const fake = createFakeApi();
    fake.failNext('contact.get', apiError('auth-failed', 'The token was revoked.', { code: 'INVALID_OAUTH' }));
    renderPanel(undefined, { fake });
    expect(await screen.findByRole('button', { name: 'Connect to Zoho' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/INVALID_OAUTH/);
  });

  it('shows a failed connect with Retry', async () => {
    const fake = createFakeApi((state) => {
      state.session.connected = false;
    });
    fake.failNext('session.connect', apiError('auth-failed', 'The sign-in window was closed.'));
    renderPanel(undefined, { fake });
    fireEvent.click(await screen.findByRole('button', { name: 'Connect to Zoho' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/sign-in window was closed/);
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await settled('Help centers');
    expect(fake.callsOf('session.connect')).toHaveLength(2);
  });
});
