import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import type { CallBackground } from '@/lib/messages/call';
import type { AccountContact, ApiError, OrgRef, Run, RunKind, RunPlan, SkipReason } from '@/lib/messages/protocol';
import { FailureAlert } from '../common/Alerts';
import { describeError } from '../common/errors';
import { Picker } from '../common/Picker';
import { byAgent } from '../common/trusted';

const SKIP_TEXT: Record<SkipReason, MessageKey> = {
  'not-user': 'runSkipNotUser',
  deactivated: 'runSkipDeactivated',
  'not-active': 'runSkipNotActive',
  'in-group': 'runSkipInGroup',
  'same-user': 'runSkipSameUser',
};

/** One choice of the picker: a help center, or a group with the help center it belongs to. */
export interface RunTarget {
  id: string;
  /** The option's text; `name` is the help center's or group's own. */
  label: string;
  name: string;
  helpCenterId: string;
  groupId?: string;
}

export interface BulkRunProps {
  kind: RunKind;
  org: OrgRef;
  accountId: string;
  api: CallBackground;
  signal: AbortSignal;
  contacts: AccountContact[];
  /** Undefined while loading. */
  targets: RunTarget[] | undefined;
  /** A run of this account is going: nothing else starts. */
  busy: boolean;
  nameOf: (contactId: string) => string;
  text: { label: MessageKey; choose: MessageKey; open: MessageKey; preview: (plan: RunPlan, target: RunTarget) => string; confirm: (plan: RunPlan) => string };
  onStarted: (run: Run) => void;
}

/**
 * One bulk action of the account page: a picker with a placeholder first, a button that previews (who is written,
 * who is left alone and why, what it costs in Zoho calls), and the agent's confirmation, which hands the run to the
 * background. Only the agent's own clicks count.
 */
export function BulkRun(props: BulkRunProps) {
  const [choice, setChoice] = useState('');
  const [step, setStep] = useState<{ plan?: RunPlan; target?: RunTarget; loading?: boolean; error?: ApiError }>({});
  const selected = props.targets?.find((target) => target.id === choice);

  async function ask<T>(run: () => Promise<{ ok: true; data: T } | { ok: false; error: ApiError }>, then: (data: T) => void) {
    setStep((current) => ({ ...current, loading: true, error: undefined }));
    const reply = await run().catch(() => null);
    if (!reply || props.signal.aborted) return;
    if (reply.ok) then(reply.data);
    else setStep((current) => ({ ...current, loading: false, error: reply.error }));
  }

  const preview = () =>
    selected &&
    ask(
      () => props.api('run.preview', { org: props.org, accountId: props.accountId, kind: props.kind, helpCenterId: selected.helpCenterId, groupId: selected.groupId, contacts: props.contacts }, props.signal),
      (plan) => setStep({ plan, target: selected }),
    );
  const start = (plan: RunPlan) =>
    ask(
      () => props.api('run.start', { org: props.org, accountId: props.accountId, planId: plan.planId }, props.signal),
      (run) => {
        setStep({});
        props.onStarted(run);
      },
    );

  const { plan, target } = step;
  return (
    <Picker
      label={t(props.text.label)}
      placeholder={props.targets ? t(props.text.choose) : t('panelLoading')}
      options={props.targets}
      value={choice}
      onPick={(id) => {
        setChoice(id);
        setStep({});
      }}
      selectDisabled={!props.targets || props.busy}
      action={t(props.text.open)}
      actionDisabled={!selected || props.busy || Boolean(step.loading)}
      onAction={() => void preview()}
      busy={step.loading}
    >
      {/* A preview reads Zoho page after page (help-center users, memberships): on a slow Zoho, long enough to look
          stuck, so past a moment it says it is still waiting. */}
      <FailureAlert failure={step.error && { text: describeError(step.error), retry: () => void preview() }} busy={step.loading} />
      {plan && target && (
        <div class="dc-group">
          <p>{props.text.preview(plan, target)}</p>
          <p>{t('runCalls', plan.reads, plan.writes)}</p>
          {plan.targets.length === 0 && <p>{t('runNobody')}</p>}
          {plan.skipped.length > 0 && <p>{t('runLeftAlone', plan.skipped.length)}</p>}
          {plan.skipped.length > 0 && (
            <ul class="dc-hint dc-scroll">
              {plan.skipped.map((skip) => (
                <li key={skip.contactId}>{t('accountSkippedItem', props.nameOf(skip.contactId), t(SKIP_TEXT[skip.reason]))}</li>
              ))}
            </ul>
          )}
          <div class="dc-actions">
            <button type="button" class="dc-button dc-primary" disabled={plan.targets.length === 0 || props.busy || step.loading} onClick={byAgent(() => void start(plan))}>
              {props.text.confirm(plan)}
            </button>
            <button type="button" class="dc-button" onClick={byAgent(() => setStep({}))}>
              {t('accountCancel')}
            </button>
          </div>
        </div>
      )}
    </Picker>
  );
}
