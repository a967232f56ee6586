import { t } from '@/lib/i18n';
import type { Run, RunUser } from '@/lib/messages/protocol';
import { byAgent } from '../common/trusted';

/**
 * A bulk run the background owns: while it goes, a progress bar and Stop (after which nothing more is sent); then
 * the outcome, naming every failure with Zoho's reason, and counting what was not sent.
 */
export function RunReport(props: { run: Run; nameOf: (contactId: string) => string; onStop: () => void }) {
  const { run } = props;
  const count = (state: RunUser['state']) => run.users.filter((user) => user.state === state);
  const handled = run.users.filter((user) => user.state !== 'pending' && user.state !== 'sent').length;
  const total = run.users.length;
  const unknown = count('unknown');
  if (run.status !== 'done') {
    return (
      <div class="dc-group">
        <progress class="dc-progress" aria-label={t('runProgressLabel')} aria-valuenow={handled} aria-valuemin={0} aria-valuemax={total} value={handled} max={total} />
        <p>{run.status === 'stopping' ? t('runStopping') : t('runProgress', handled, total)}</p>
        {run.status === 'running' && (
          <button type="button" class="dc-button" onClick={byAgent(props.onStop)}>
            {t('runStop')}
          </button>
        )}
      </div>
    );
  }
  const failed = count('failed');
  return (
    <div class="dc-group" role="status">
      <p>{t(run.kind === 'group' ? 'runGroupOutcome' : 'runDeactivateOutcome', count('done').length, failed.length, count('not-sent').length)}</p>
      {failed.length > 0 && (
        <ul class="dc-hint dc-scroll">
          {failed.map((user) => (
            <li key={user.userId}>{t('accountSkippedItem', props.nameOf(user.contactId), user.reason ?? '')}</li>
          ))}
        </ul>
      )}
      {unknown.length > 0 && <p>{t('runUnknown', unknown.length)}</p>}
      {unknown.length > 0 && (
        <ul class="dc-hint dc-scroll">
          {unknown.map((user) => (
            <li key={user.userId}>{props.nameOf(user.contactId)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
