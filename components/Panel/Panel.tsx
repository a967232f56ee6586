import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { CallBackground } from '@/lib/messages/call';
import type { ApiError } from '@/lib/messages/protocol';
import type { PanelPage } from '@/lib/page/desk-pages';
import { panelCollapsed } from '@/lib/preferences';
import { BadgesSection } from '../Badges/Badges';
import { ContactDataProvider, useContactData } from '../ContactData/ContactData';
import { DuplicatesSection } from '../Duplicates/Duplicates';
import { HelpCentersSection } from '../HelpCenters/HelpCenters';
import { LabelsSection } from '../Labels/Labels';
import { ErrorAlert, PANEL_WIDE } from '../common/Alerts';
import { describeError } from '../common/errors';
import { contactName } from '../common/names';

export interface PanelProps {
  page: PanelPage;
  api: CallBackground;
  navigate: (url: string) => void;
  signal: AbortSignal;
}

/**
 * The Desk Companion panel for one contact, or for a ticket's requester. The content script mounts it again, with
 * a new key and signal, whenever the contact or ticket changes; every read passes the signal and drops answers that come after it aborted.
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

  const ticketError = data.ticket?.status === 'error' ? data.ticket.error : null;
  // A grant from before ticket pages lacks their scope: only signing in again grants it.
  const scopeMissing = ticketError?.code === 'SCOPE_MISMATCH';
  const refused = typeof problem === 'object' && problem?.kind === 'not-connected' ? problem : null;
  if (scopeMissing || refused || problem === 'not-connected' || problem === 'not-configured') {
    // Not configured: connecting starts in the options page, where the org's Zoho API client is entered first.
    const act = problem === 'not-configured' ? openOptions : connect;
    return (
      <div class="dc-notice">
        <p role={scopeMissing ? 'alert' : undefined}>
          {t(scopeMissing ? 'panelTicketScope' : problem === 'not-configured' ? 'panelNotConfigured' : 'panelNotConnected')}
        </p>
        {refused && <p role="alert">{`${t('errAuthFailed')} ${describeError(refused)}`}</p>}
        <button type="button" class="dc-button dc-primary" disabled={connecting} onClick={() => void act()}>
          {t('panelConnect')}
        </button>
        {connectError && <ErrorAlert text={describeError(connectError)} onRetry={() => void act()} busy={connecting} />}
      </div>
    );
  }
  // A ticket that cannot be read (gone, or hidden from the agent's role) is the whole panel's problem.
  const failure = problem ?? ticketError;
  if (failure) {
    return (
      <div class="dc-notice">
        <ErrorAlert text={describeError(failure)} onRetry={() => data.restart()} />
      </div>
    );
  }
  if (!data.page.contactId) {
    return (
      <p class="dc-notice dc-muted" role="status" aria-busy="true">
        {t('panelLoading')}
      </p>
    );
  }
  const contact = data.contact?.data;
  return (
    <>
      {contact && <p class="dc-about">{data.ticket ? t('panelRequester', contactName(contact)) : contactName(contact)}</p>}
      <HelpCentersSection />
      <BadgesSection />
      <LabelsSection />
      <DuplicatesSection />
    </>
  );
}
