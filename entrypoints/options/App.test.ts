// @vitest-environment happy-dom
// The options page through the accessibility tree, against a scripted background. The real background and
// the fake Zoho behind it are covered by lib/background/handlers.test.ts and tests/e2e/sign-in.e2e.ts.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CallBackground } from '@/lib/messages/call';
import { makeError, type ConfigView, type DiagnosticEntry, type Session } from '@/lib/messages/protocol';
import { App } from './App';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

interface State {
  session: Session;
  config: ConfigView;
  diagnostics: DiagnosticEntry[];
  connectError: ReturnType<typeof makeError> | null;
}

function scriptedApi(edit?: (state: State) => void) {
  const state: State = {
    session: { connected: false, dataCenter: null, grant: null, configured: false },
    config: {
      clientId: null,
      clientIdSource: null,
      hasClientSecret: false,
      managed: { clientId: false, clientSecret: false, allowedPortals: false },
      allowedPortals: null,
      redirectUri: 'https://abc.chromiumapp.org/',
      scopes: 'Desk.basic.READ',
    },
    diagnostics: [],
    connectError: null,
  };
  edit?.(state);
  const sent: Array<[string, unknown]> = [];
  const api = (async (kind: string, payload: unknown) => {
    sent.push([kind, payload]);
    switch (kind) {
      case 'session.get':
        return { ok: true, data: state.session };
      case 'config.get':
        return { ok: true, data: state.config };
      case 'config.save':
        state.config = { ...state.config, clientId: (payload as { clientId: string }).clientId, clientIdSource: 'options' };
        return { ok: true, data: state.config };
      case 'session.connect':
        if (state.connectError) return { ok: false, error: state.connectError };
        state.session = { connected: true, dataCenter: 'eu', grant: 'code', configured: true };
        return { ok: true, data: state.session };
      case 'session.disconnect':
        state.session = { connected: false, dataCenter: null, grant: null, configured: true };
        return { ok: true, data: state.session };
      case 'diagnostics.list':
        return { ok: true, data: state.diagnostics };
      case 'diagnostics.clear':
        state.diagnostics = [];
        return { ok: true, data: null };
      case 'domains.list':
        return { ok: true, data: [] };
      default:
        return { ok: false, error: makeError('bad-message', kind) };
    }
  }) as CallBackground;
  return { api, sent, state };
}

describe('options page', () => {
  it('saves the client, connects, shows the data center, and disconnects', async () => {
    const errors = vi.spyOn(console, 'error');
    const { api, sent } = scriptedApi();
    render(h(App, { api }));
    await screen.findByText('Not connected');
    fireEvent.input(screen.getByLabelText('Client ID'), { target: { value: ' 1000.ABC ' } });
    fireEvent.input(screen.getByLabelText('Client secret'), { target: { value: 's3cret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect to Zoho' }));
    await screen.findByText(/^Connected\b/);
    expect(screen.getByRole('status').textContent).toBe('Connected — Europe (eu)');
    expect(sent).toContainEqual(['config.save', { clientId: '1000.ABC', clientSecret: 's3cret' }]);
    expect(sent).toContainEqual(['session.connect', { grant: 'code' }]);
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await screen.findByText('Not connected');
    expect(screen.getByRole('button', { name: 'Connect to Zoho' })).toBeTruthy();
    expect(errors).not.toHaveBeenCalled();
  });

  it('offers the implicit grant', async () => {
    const { api, sent } = scriptedApi((state) => (state.config.clientId = '1000.ABC'));
    render(h(App, { api }));
    await screen.findByDisplayValue('1000.ABC');
    fireEvent.click(screen.getByRole('radio', { name: /Implicit grant/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Connect to Zoho' }));
    await screen.findByText(/^Connected\b/);
    expect(sent).toContainEqual(['session.connect', { grant: 'implicit' }]);
    // An empty secret field keeps the saved secret: nothing is sent for it.
    expect(sent).toContainEqual(['config.save', { clientId: '1000.ABC' }]);
  });

  it('says why sign-in failed, with Zoho’s code', async () => {
    const { api } = scriptedApi((state) => {
      state.config.clientId = '1000.ABC';
      state.connectError = makeError('auth-failed', 'Zoho does not recognise this client ID or secret.', { code: 'invalid_client' });
    });
    render(h(App, { api }));
    await screen.findByDisplayValue('1000.ABC');
    fireEvent.click(screen.getByRole('button', { name: 'Connect to Zoho' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Sign-in failed: Zoho does not recognise this client ID or secret. (Zoho error code: invalid_client)');
    expect(screen.getByRole('status').textContent).toBe('Not connected');
  });

  it('asks for a client ID before connecting', async () => {
    const { api, sent } = scriptedApi();
    render(h(App, { api }));
    await screen.findByText('Not connected');
    fireEvent.click(screen.getByRole('button', { name: 'Connect to Zoho' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Client ID/);
    expect(sent.map(([kind]) => kind)).not.toContain('session.connect');
  });

  it('shows a client ID set by policy read-only and does not try to save it', async () => {
    const { api, sent } = scriptedApi((state) => {
      state.config = { ...state.config, clientId: '1000.POLICY', clientIdSource: 'policy', managed: { clientId: true, clientSecret: true, allowedPortals: true }, allowedPortals: ['acme'] };
    });
    render(h(App, { api }));
    const input = (await screen.findByDisplayValue('1000.POLICY')) as HTMLInputElement;
    expect(input.readOnly).toBe(true);
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Set by your organization’s policy/)).toBeTruthy();
    expect(screen.queryByLabelText('Client secret')).toBeNull();
    expect(screen.getByText(/Portals allowed by policy: acme/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Connect to Zoho' }));
    await screen.findByText(/^Connected\b/);
    expect(sent.map(([kind]) => kind)).not.toContain('config.save');
  });

  it('lists recent failures with time, call, code, message and request id', async () => {
    const { api } = scriptedApi((state) => {
      state.diagnostics = [
        { time: Date.UTC(2026, 0, 2, 3, 4, 5), call: 'badges.add', kind: 'server', code: 'INTERNAL_SERVER_ERROR', message: 'Zoho had an internal problem.', requestId: 'req-42' },
      ];
    });
    render(h(App, { api }));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Time', 'Call', 'Zoho error code', 'Message', 'Request id']);
    const cells = within(table).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(1)).toEqual(['badges.add', 'INTERNAL_SERVER_ERROR', 'Zoho had an internal problem.', 'req-42']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear list' }));
    await screen.findByText('No recent failures.');
  });
});
