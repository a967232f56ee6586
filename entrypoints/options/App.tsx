import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { dataCenterName, t } from '@/lib/i18n';
import type { CallBackground } from '@/lib/messages/call';
import type { ApiError, ConfigView, DiagnosticEntry, Session } from '@/lib/messages/protocol';
import { STORAGE_KEYS, touches } from '@/lib/storage-keys';
import { Alert, Field } from './controls';
import { CustomDomains } from './CustomDomains';
import { Diagnostics } from './Diagnostics';

type Grant = 'code' | 'implicit';

export function connectedText(dataCenter: string | null): string {
  const name = dataCenter ? dataCenterName(dataCenter) : undefined;
  return name && dataCenter ? t('optConnectedIn', name, dataCenter) : t('optConnected');
}

function errorText(error: ApiError): string {
  const trace = [error.code && t('errCode', error.code), error.requestId && t('errRequestId', error.requestId)].filter(Boolean);
  return `${error.message}${trace.length ? ` (${trace.join(', ')})` : ''}`;
}

export function App({ api }: { api: CallBackground }) {
  const ids = { clientIdNote: useId(), secretNote: useId(), heading: useId(), setup: useId() };
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
      if (touches(STORAGE_KEYS.grant, changes, area) || touches(STORAGE_KEYS.client, changes, area)) void loadSession();
      if (touches(STORAGE_KEYS.diagnostics, changes, area)) void loadDiagnostics();
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
      setError({ kind: 'not-configured', message: t('optClientIdMissing'), code: null, requestId: null, retryInMs: null });
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
      <h1>{t('extName')}</h1>

      <section aria-labelledby={ids.heading}>
        <h2 id={ids.heading}>{t('optConnectionHeading')}</h2>
        <p role="status" class="status">
          {session === null ? t('optChecking') : connected ? connectedText(session.dataCenter) : t('optNotConnected')}
        </p>

        {connected ? (
          <div class="actions">
            <button type="button" onClick={() => void disconnect()} disabled={busy !== null} aria-busy={busy === 'disconnect'}>
              {t('optDisconnect')}
            </button>
          </div>
        ) : (
          <form onSubmit={(event) => void connect(event)} noValidate>
            <Field label={t('optClientId')} value={clientId} onValue={setClientId} readOnly={managedId} describedBy={ids.clientIdNote} />
            <p id={ids.clientIdNote} class="hint">
              {managedId ? t('optClientIdManaged') : t('optClientIdHint')}
            </p>

            {!config?.managed.clientSecret && (
              <>
                <Field label={t('optClientSecret')} value={secret} onValue={setSecret} secret describedBy={ids.secretNote} />
                <p id={ids.secretNote} class="hint">
                  {t('optSecretHint')}
                  {config?.hasClientSecret ? ` ${t('optSecretSaved')}` : ''}
                </p>
              </>
            )}

            <fieldset>
              <legend>{t('optGrantLegend')}</legend>
              <label>
                <input type="radio" name="grant" value="code" checked={grant === 'code'} onChange={() => setGrant('code')} />
                {t('optGrantCode')}
              </label>
              <label>
                <input type="radio" name="grant" value="implicit" checked={grant === 'implicit'} onChange={() => setGrant('implicit')} />
                {t('optGrantImplicit')}
              </label>
            </fieldset>

            <div class="actions">
              <button type="submit" class="primary" disabled={busy !== null} aria-busy={busy === 'connect'}>
                {t('optConnect')}
              </button>
            </div>
          </form>
        )}

        <Alert text={error && t('optSignInFailed', errorText(error))} />
      </section>

      {config && (
        <section aria-labelledby={ids.setup}>
          <h2 id={ids.setup}>{t('optAdminHeading')}</h2>
          <p>
            {t('optRedirectUri')} <code>{config.redirectUri || t('optNotAvailable')}</code>
          </p>
          <p>
            {t('optScopes')} <code>{config.scopes}</code>
          </p>
          {config.allowedPortals && <p>{t('optPortals', config.allowedPortals.join(', ') || t('optPortalsNone'))}</p>}
        </section>
      )}

      <CustomDomains api={api} />

      <Diagnostics entries={diagnostics} onClear={() => void clearDiagnostics()} onRefresh={() => void loadDiagnostics()} />
    </main>
  );
}
