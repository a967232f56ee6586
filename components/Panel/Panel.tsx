import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { CallBackground } from '@/lib/messages/call';
import type { ApiError } from '@/lib/messages/protocol';
import type { ContactPage } from '@/lib/page/desk-pages';
import { panelCollapsed } from '@/lib/preferences';
import { BadgesSection } from '../Badges/Badges';
import { ContactDataProvider, useContactData } from '../ContactData/ContactData';
import { DuplicatesSection } from '../Duplicates/Duplicates';
import { HelpCentersSection } from '../HelpCenters/HelpCenters';
import { LabelsSection } from '../Labels/Labels';
import { ErrorAlert, PANEL_WIDE } from '../common/Alerts';
import { describeError } from '../common/errors';

export interface PanelProps {
  page: ContactPage;
  api: CallBackground;
  navigate: (url: string) => void;
  signal: AbortSignal;
}

/**
 * The Desk Companion panel for one contact. The content script mounts it again, with a new key and signal,
 * whenever the contact changes; every read passes the signal and drops answers that come after it aborted.
 */
export function Panel(props: PanelProps) {
  const [collapsed, setCollapsed] = useState(false);
  const bodyId = useId();
  const toggled = useRef(false);

  useEffect(() => {
    let live = true;
    panelCollapsed.getValue().then(
      (value) => {
        // A click (or a toggle in another tab) before the stored value arrives wins over it.
        if (live && !toggled.current && !props.signal.aborted) setCollapsed(value);
      },
      () => undefined,
    );
    // Every open Desk tab follows a toggle made in any of them, and the keyboard shortcut.
    const unwatch = panelCollapsed.watch((value) => {
      toggled.current = true;
      setCollapsed(value);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const toggle = () => {
    const next = !collapsed;
    toggled.current = true;
    setCollapsed(next);
    void panelCollapsed.setValue(next).catch(() => undefined);
  };

  return (
    <aside
      class={collapsed ? 'dc-panel dc-collapsed' : 'dc-panel'}
      role="complementary"
      aria-label={t('extName')}
      lang={t('langCode')}
    >
      <header class="dc-header">
        <h2 class="dc-title">{t('extName')}</h2>
        <button
          type="button"
          class="dc-toggle"
          aria-expanded={collapsed ? 'false' : 'true'}
          aria-controls={bodyId}
          aria-label={collapsed ? t('panelExpand') : t('panelCollapse')}
          title={collapsed ? t('panelExpand') : t('panelCollapse')}
          onClick={toggle}
        >
          <span aria-hidden="true">{collapsed ? '‹' : '›'}</span>
        </button>
      </header>
      <div id={bodyId} class="dc-body" hidden={collapsed}>
        <ContactDataProvider page={props.page} api={props.api} signal={props.signal} navigate={props.navigate}>
          <PanelContent />
        </ContactDataProvider>
      </div>
    </aside>
  );
}

/** The first panel-wide problem among the answers so far: session state, then any read's error. */
function panelProblem(data: ReturnType<typeof useContactData>): ApiError | 'not-connected' | 'not-configured' | null {
  const session = data.session;
  if (session?.status === 'ok') {
    if (!session.data.configured) return 'not-configured';
    if (!session.data.connected) return 'not-connected';
  }
  const failures = data.store
    .all()
    .flatMap(({ res }) => (res.status === 'error' && PANEL_WIDE.has(res.error.kind) ? [res.error] : []));
  const byKind = (kind: string) => failures.find((error) => error.kind === kind);
  if (byKind('not-configured')) return 'not-configured';
  if (byKind('not-connected')) return 'not-connected';
  // Zoho refused the stored sign-in (revoked, or refreshing failed): the way out is connecting again.
  const authFailed = byKind('auth-failed');
  if (authFailed) return { ...authFailed, kind: 'not-connected' };
  if (session?.status === 'error') return session.error;
  return failures[0] ?? null;
}

function PanelContent() {
  const data = useContactData();
  const { api, signal } = data;
  const [connecting, setConnecting] = useState(false);
  const [connectError, setConnectError] = useState<ApiError | null>(null);
  const problem = panelProblem(data);

  async function connect() {
    if (connecting) return;
    setConnecting(true);
    setConnectError(null);
    try {
      const reply = await api('session.connect', {}, signal);
      if (signal.aborted) return;
      setConnecting(false);
      if (reply.ok && reply.data.connected) data.restart();
      else if (!reply.ok) setConnectError(reply.error);
      else data.restart();
    } catch {
      // Aborted: the agent left this contact.
    }
  }

  async function openOptions() {
    try {
      const reply = await api('options.open', {}, signal);
      if (!signal.aborted && !reply.ok) setConnectError(reply.error);
    } catch {
      // Aborted.
    }
  }

  if (problem === 'not-connected' || (typeof problem === 'object' && problem?.kind === 'not-connected')) {
    return (
      <div class="dc-notice">
        <p>{t('panelNotConnected')}</p>
        {typeof problem === 'object' && <p role="alert">{`${t('errAuthFailed')} ${describeError(problem)}`}</p>}
        <button type="button" class="dc-button dc-primary" disabled={connecting} onClick={() => void connect()}>
          {t('panelConnect')}
        </button>
        {connectError && <ErrorAlert text={describeError(connectError)} onRetry={() => void connect()} busy={connecting} />}
      </div>
    );
  }
  if (problem === 'not-configured') {
    // Same words and button as any other not-connected state: connecting just starts in the options page,
    // where the organization's Zoho API client is entered first.
    return (
      <div class="dc-notice">
        <p>{t('panelNotConfigured')}</p>
        <button type="button" class="dc-button dc-primary" onClick={() => void openOptions()}>
          {t('panelConnect')}
        </button>
        {connectError && <ErrorAlert text={describeError(connectError)} onRetry={() => void openOptions()} />}
      </div>
    );
  }
  if (problem) {
    return (
      <div class="dc-notice">
        <ErrorAlert text={describeError(problem)} onRetry={() => data.restart()} />
      </div>
    );
  }
  return (
    <>
      <HelpCentersSection />
      <BadgesSection />
      <LabelsSection />
      <DuplicatesSection />
    </>
  );
}
