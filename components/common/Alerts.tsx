import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Res } from '../ContactData/store';
import { describeError } from './errors';
import type { Failure } from './actions';
import { useStillWaiting } from './still-waiting';
import { byAgent } from './trusted';

/** A failure in plain words (`role="alert"`) and a Retry button described by it. */
export function ErrorAlert(props: { text: string; onRetry?: () => void; retryLabel?: string; busy?: boolean }) {
  const id = useId();
  return (
    <div class="dc-error">
      <p role="alert" id={id} class="dc-error-text">
        {props.text}
      </p>
      {props.onRetry && (
        <button type="button" class="dc-button" aria-describedby={id} disabled={props.busy} onClick={byAgent(props.onRetry)}>
          {props.retryLabel ?? t('panelRetry')}
        </button>
      )}
    </div>
  );
}

/** A write's failure with Retry; while it runs longer than a moment, that it is still waiting for Zoho. */
export function FailureAlert(props: { failure: Failure | undefined; busy?: boolean }) {
  const waiting = useStillWaiting(!!props.busy);
  if (!props.failure) return waiting ? <p role="status" class="dc-muted">{t('panelStillWaiting')}</p> : null;
  return <ErrorAlert text={props.failure.text} onRetry={props.failure.retry} busy={props.busy} />;
}

/**
 * One alert for the failed reads of a section (the first failure speaks for them; Retry reads them all again).
 * Panel-wide kinds are left to the panel.
 */
export function LoadErrors(props: {
  items: Array<{ res: Res<unknown> | undefined; retry: () => void }>;
}) {
  const failed = props.items.filter(
    (item): item is { res: Extract<Res<unknown>, { status: 'error' }>; retry: () => void } =>
      item.res?.status === 'error' && !PANEL_WIDE.has(item.res.error.kind),
  );
  const first = failed[0];
  if (!first) return null;
  return (
    <ErrorAlert
      text={describeError(first.res.error, first.res.autoRetryInMs)}
      onRetry={() => {
        for (const item of failed) item.retry();
      }}
    />
  );
}

/** Errors about the whole connection or org: shown once by the panel, not in every section. */
export const PANEL_WIDE = new Set<string>([
  'not-connected',
  'not-configured',
  'wrong-data-center',
  'portal-not-found',
  'credits-exhausted',
  'auth-failed',
]);
