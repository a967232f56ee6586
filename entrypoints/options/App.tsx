import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DATA_CENTER_LABELS, type DataCenterId } from '@/lib/data-centers';
import type { CallBackground } from '@/lib/messages/call';
import type { ApiError, ConfigView, DiagnosticEntry, Session } from '@/lib/messages/protocol';
import { Diagnostics } from './Diagnostics';

type Grant = 'code' | 'implicit';

export function connectedText(dataCenter: string | null): string {
  const label = dataCenter ? DATA_CENTER_LABELS[dataCenter as DataCenterId] : undefined;
  return label ? `Connected — ${label} (${dataCenter})` : 'Connected';
}

function errorText(error: ApiError): string {
  const trace = [error.code && `Zoho error code: ${error.code}`, error.requestId && `request id: ${error.requestId}`].filter(Boolean);
  return `${error.message}${trace.length ? ` (${trace.join(', ')})` : ''}`;
}

export function App({ api }: { api: CallBackground }) {
  const ids = { clientId: useId(), secret: useId(), clientIdNote: useId(), secretNote: useId(), heading: useId(), setup: useId() };
  const [session, setSession] = useState<Session | null>(null);
  const [config, setConfig] = useState<ConfigView | null>(null);
  const [diagnostics, setDiagnostics] = useState<DiagnosticEntry[]>([]);
  const [clientId, setClientId] = useState('');
  const [secret, setSecret] = useState('');
  const [grant, setGrant] = useState<Grant>('code');
  const [busy, setBusy] = useState<'connect' | 'disconnect' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function loadSession() {
    const reply = await api('session.get', {});
    if (reply.ok) setSession(reply.data);
  }
  async function loadConfig(fillInput: boolean) {
    const reply = await api('config.get', {});
    if (!reply.ok) return;
    setConfig(reply.data);
    if (fillInput) setClientId(reply.data.clientId ?? '');
  }
  async function loadDiagnostics() {
    const reply = await api('diagnostics.list', {});
    if (reply.ok) setDiagnostics(reply.data);
  }

  useEffect(() => {
    void Promise.all([loadSession(), loadConfig(true), loadDiagnostics()]);
    // The background may end the sign-in on its own (Zoho revoked the refresh token) and records failures as
    // they happen: follow both without polling.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && ('zohoGrant' in changes || 'zohoClient' in changes)) void loadSession();
      if (area === 'session' && 'diagnostics' in changes) void loadDiagnostics();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const managedId = config?.managed.clientId ?? false;

  async function connect(event: Event) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const id = clientId.trim();
    if (!managedId && !id) {
      setError({ kind: 'not-configured', message: 'Enter the Client ID of your organization’s Zoho API client.', code: null, requestId: null, retryInMs: null });
      return;
    }
    setBusy('connect');
    try {
      if (!managedId) {
        const saved = await api('config.save', { clientId: id, ...(secret.trim() ? { clientSecret: secret.trim() } : {}) });
        if (!saved.ok) return setError(saved.error);
        setConfig(saved.data);
        setSecret('');
      }
      const reply = await api('session.connect', { grant });
      if (reply.ok) setSession(reply.data);
      else setError(reply.error);
    } finally {
      setBusy(null);
      void loadDiagnostics();
    }
  }

  async function disconnect() {
    if (busy) return;
    setBusy('disconnect');
    setError(null);
    try {
      const reply = await api('session.disconnect', {});
      if (reply.ok) setSession(reply.data);
      else setError(reply.error);
    } finally {
      setBusy(null);
    }
  }

  async function clearDiagnostics() {
    const reply = await api('diagnostics.clear', {});
    if (reply.ok) setDiagnostics([]);
  }

  const connected = session?.connected === true;

  return (
    <main>
      <h1>Desk Companion</h1>

      <section aria-labelledby={ids.heading}>
        <h2 id={ids.heading}>Connection to Zoho</h2>
        <p role="status" class="status">
          {session === null ? 'Checking the connection…' : connected ? connectedText(session.dataCenter) : 'Not connected'}
        </p>

        {connected ? (
          <div class="actions">
            <button type="button" onClick={() => void disconnect()} disabled={busy !== null} aria-busy={busy === 'disconnect'}>
              Disconnect
            </button>
          </div>
        ) : (
          <form onSubmit={(event) => void connect(event)} noValidate>
            <label for={ids.clientId}>Client ID</label>
            <input
              id={ids.clientId}
              type="text"
              value={clientId}
              readOnly={managedId}
              autoComplete="off"
              spellcheck={false}
              aria-describedby={ids.clientIdNote}
              onInput={(event) => setClientId(event.currentTarget.value)}
            />
            <p id={ids.clientIdNote} class="hint">
              {managedId
                ? 'Set by your organization’s policy: it cannot be changed here.'
                : 'From your organization’s Zoho API client (api-console.zoho.com).'}
            </p>

            {!config?.managed.clientSecret && (
              <>
                <label for={ids.secret}>Client secret</label>
                <input
                  id={ids.secret}
                  type="password"
                  value={secret}
                  autoComplete="off"
                  aria-describedby={ids.secretNote}
                  onInput={(event) => setSecret(event.currentTarget.value)}
                />
                <p id={ids.secretNote} class="hint">
                  Optional: only for a server-based Zoho client.
                  {config?.hasClientSecret ? ' A secret is saved; leave this empty to keep it.' : ''}
                </p>
              </>
            )}

            <fieldset>
              <legend>Sign-in method</legend>
              <label>
                <input type="radio" name="grant" value="code" checked={grant === 'code'} onChange={() => setGrant('code')} />
                Authorization code with PKCE (recommended)
              </label>
              <label>
                <input type="radio" name="grant" value="implicit" checked={grant === 'implicit'} onChange={() => setGrant('implicit')} />
                Implicit grant (renewed while you are signed in to Zoho)
              </label>
            </fieldset>

            <div class="actions">
              <button type="submit" class="primary" disabled={busy !== null} aria-busy={busy === 'connect'}>
                Connect to Zoho
              </button>
            </div>
          </form>
        )}

        {error && (
          <p role="alert" class="alert">
            {`Sign-in failed: ${errorText(error)}`}
          </p>
        )}
      </section>

      {config && (
        <section aria-labelledby={ids.setup}>
          <h2 id={ids.setup}>For your Zoho administrator</h2>
          <p>
            Register this redirect URI with the Zoho API client: <code>{config.redirectUri || '(not available)'}</code>
          </p>
          <p>
            Scopes requested: <code>{config.scopes}</code>
          </p>
          {config.allowedPortals && <p>{`Portals allowed by policy: ${config.allowedPortals.join(', ') || 'none'}`}</p>}
        </section>
      )}

      <Diagnostics entries={diagnostics} onClear={() => void clearDiagnostics()} onRefresh={() => void loadDiagnostics()} />
    </main>
  );
}
