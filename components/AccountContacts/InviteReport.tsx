import { t } from '@/lib/i18n';
import { describeError, describeItemFailure } from '../common/errors';
import { summarize, type Outcome } from './plan';

/** Why one contact was refused, not sent, or has no known outcome: Zoho's own words where it gave any. */
function reasonOf(outcome: Outcome): string {
  if (outcome.kind === 'refused') return outcome.item.message?.trim() || describeItemFailure(t('accountInviteAction'), outcome.item);
  if (outcome.kind === 'unknown') return outcome.error ? describeError(outcome.error) : t('accountNoAnswer');
  if (outcome.kind === 'not-sent') return describeError(outcome.error);
  return '';
}

function Names(props: { ids: string[]; outcomes: ReadonlyMap<string, Outcome>; nameOf: (id: string) => string; withReason: boolean }) {
  if (props.ids.length === 0) return null;
  return (
    <ul class="dc-hint dc-scroll">
      {props.ids.map((id) => (
        <li key={id}>{props.withReason ? t('accountSkippedItem', props.nameOf(id), reasonOf(props.outcomes.get(id)!)) : props.nameOf(id)}</li>
      ))}
    </ul>
  );
}

/**
 * The outcome of Invite all, per kind, growing as each batch answers: how many were invited, already members,
 * refused (each with Zoho's reason), whose outcome is unknown, and who was not sent.
 */
export function InviteReport(props: { running: boolean; total: number; outcomes: ReadonlyMap<string, Outcome>; nameOf: (id: string) => string }) {
  const summary = summarize(props.outcomes);
  const firstNotSent = summary.notSent[0];
  return (
    <div class="dc-group" role="status">
      {props.running && <p>{t('accountSending', props.outcomes.size, props.total)}</p>}
      <p>{t('accountSummary', summary.invited, summary.members, summary.refused.length)}</p>
      <Names ids={summary.refused} outcomes={props.outcomes} nameOf={props.nameOf} withReason />
      {summary.unknown.length > 0 && <p>{t('accountUnknown', summary.unknown.length)}</p>}
      <Names ids={summary.unknown} outcomes={props.outcomes} nameOf={props.nameOf} withReason={false} />
      {firstNotSent && (
        <p>{`${t('accountNotSent', summary.notSent.length)} ${reasonOf(props.outcomes.get(firstNotSent)!)}`}</p>
      )}
      <Names ids={summary.notSent} outcomes={props.outcomes} nameOf={props.nameOf} withReason={false} />
    </div>
  );
}
