import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { CallBackground } from '@/lib/messages/call';
import type { ApiError, Session } from '@/lib/messages/protocol';
import type { ResourceStore, Res } from '../ContactData/store';
import { ErrorAlert, PANEL_WIDE } from './Alerts';
import { describeError } from './errors';

export type PanelProblem = ApiError | 'not-connected' | 'not-configured' | 'ticket-scope';

/** The first panel-wide problem among the answers so far: session state, then any read's error. */
export function panelProblem(session: Res<Session> | undefined, store: ResourceStore): PanelProblem | null {
  if (session?.status === 'ok') {
    if (!session.data.configured) return 'not-configured';
    if (!session.data.connected) return 'not-connected';
  }
  const failures = store
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

/**
 * What the panel shows instead of its sections when the whole panel cannot work: not signed in (Connect), no
 * Zoho client yet (the options page), or a panel-wide failure (Retry). `restart` loads the page's data again.
 */
export interface ProblemNoticeProps {
  problem: PanelProblem;
  api: CallBackground;
  signal: AbortSignal;
  restart: () => void;
}

export function ProblemNotice(props: ProblemNoticeProps) {
  const { problem, api, signal, restart } = props;
  const [connecting, setConnecting] = useState(false);
  const [connectError, setConnectError] = useState<ApiError | null>(null);

  async function connect() {
    if (connecting) return;
    setConnecting(true);
    setConnectError(null);
    try {
      const reply = await api('session.connect', {}, signal);
      if (signal.aborted) return;
      setConnecting(false);
      if (reply.ok) restart();
      else setConnectError(reply.error);
    } catch {
      // Aborted: the agent left this page.
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

  if (problem === 'not-connected' || problem === 'ticket-scope' || (typeof problem === 'object' && problem.kind === 'not-connected')) {
    return (
      <div class="dc-notice">
        {problem === 'ticket-scope' ? <p role="alert">{t('panelTicketScope')}</p> : <p>{t('panelNotConnected')}</p>}
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
  return (
    <div class="dc-notice">
      <ErrorAlert text={describeError(problem)} onRetry={restart} />
    </div>
  );
}
