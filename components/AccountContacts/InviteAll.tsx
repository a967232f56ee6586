import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { CallBackground } from '@/lib/messages/call';
import type { AccountContact, HelpCenter, OrgRef } from '@/lib/messages/protocol';
import { batches, learnt, planInvite, runInvite, type InvitePlan, type Known, type Outcome, type SkipReason } from './plan';
import { InviteReport } from './InviteReport';
import { contactName } from '../common/names';
import { Picker } from '../common/Picker';
import { FailureAlert } from '../common/Alerts';
import { byAgent } from '../common/trusted';

const SKIP_TEXT: Record<SkipReason, Parameters<typeof t>[0]> = {
  'no-email': 'accountSkipNoEmail',
  member: 'accountSkipMember',
  unknown: 'accountSkipUnknown',
};

type Step =
  | { step: 'choose' }
  | { step: 'preview'; helpCenter: HelpCenter; plan: InvitePlan }
  | { step: 'sending' | 'done'; helpCenter: HelpCenter; total: number; outcomes: Map<string, Outcome> };

/**
 * Invite all: pick a help center, see who will be invited and who is skipped, confirm, then watch each batch's
 * answer arrive. One confirmation sends each batch once: a second click, however fast, sends nothing.
 */
export function InviteAll(props: {
  org: OrgRef;
  api: CallBackground;
  signal: AbortSignal;
  contacts: AccountContact[];
  /** Undefined until every contact and the help centers are listed. */
  helpCenters: HelpCenter[] | undefined;
}) {
  const [choice, setChoice] = useState('');
  const [state, setState] = useState<Step>({ step: 'choose' });
  // Per help center, what earlier runs in this panel learnt; kept across runs so nobody is e-mailed twice.
  const known = useRef(new Map<string, Map<string, Known>>());
  const sending = useRef(false);
  const usable = props.helpCenters?.filter((helpCenter) => helpCenter.enabled);
  // No default: the agent picks the help center (a placeholder comes first), or nothing is previewed.
  const selected = usable?.find((helpCenter) => helpCenter.id === choice);
  const byId = new Map(props.contacts.map((contact) => [contact.id, contact]));

  function preview() {
    if (!selected || sending.current) return;
    setState({ step: 'preview', helpCenter: selected, plan: planInvite(props.contacts, known.current.get(selected.id)) });
  }

  async function send(helpCenter: HelpCenter, plan: InvitePlan) {
    if (sending.current) return;
    sending.current = true;
    const outcomes = new Map<string, Outcome>();
    const show = (step: 'sending' | 'done') => setState({ step, helpCenter, total: plan.invite.length, outcomes: new Map(outcomes) });
    show('sending');
    try {
      await runInvite(
        batches(plan.invite.map((contact) => contact.id)),
        (contactIds) => props.api('account.invite', { org: props.org, helpCenterId: helpCenter.id, contactIds }, props.signal),
        (batch) => {
          for (const [id, outcome] of batch) outcomes.set(id, outcome);
          known.current.set(helpCenter.id, learnt(outcomes, known.current.get(helpCenter.id)));
          if (!props.signal.aborted) show('sending');
        },
      );
      if (!props.signal.aborted) show('done');
    } catch {
      // Aborted: the agent left the account; what was answered is already learnt.
    } finally {
      sending.current = false;
    }
  }

  const busy = state.step === 'sending';
  return (
    <Picker
      label={t('accountHelpCenter')}
      placeholder={usable ? t('accountChooseHelpCenter') : t('panelLoading')}
      options={usable?.map((helpCenter) => ({ id: helpCenter.id, label: helpCenter.name }))}
      value={selected?.id ?? ''}
      onPick={(id) => {
        setChoice(id);
        if (state.step === 'preview') setState({ step: 'choose' });
      }}
      selectDisabled={!usable || busy}
      action={t('accountInviteAll')}
      actionDisabled={!selected || busy}
      onAction={preview}
    >
      {!props.helpCenters && <p class="dc-hint">{t('accountWaitForList')}</p>}
      {state.step === 'preview' && (
        <div class="dc-group">
          <p>{t('accountPreview', state.plan.invite.length, state.helpCenter.name)}</p>
          {state.plan.invite.length === 0 && <p>{t('accountNobody')}</p>}
          {state.plan.skipped.length > 0 && (
            <>
              <p>{t('accountSkipped', state.plan.skipped.length)}</p>
              <ul class="dc-hint dc-scroll">
                {state.plan.skipped.map(({ contact, reason }) => (
                  <li key={contact.id}>{t('accountSkippedItem', contactName(contact), t(SKIP_TEXT[reason]))}</li>
                ))}
              </ul>
            </>
          )}
          <div class="dc-actions">
            <button
              type="button"
              class="dc-button dc-primary"
              disabled={state.plan.invite.length === 0}
              onClick={byAgent(() => void send(state.helpCenter, state.plan))}
            >
              {t('accountSend')}
            </button>
            <button type="button" class="dc-button" onClick={byAgent(() => setState({ step: 'choose' }))}>
              {t('accountCancel')}
            </button>
          </div>
        </div>
      )}
      {/* A batch's failures are in the report; this says only that one has gone unanswered a while. Keyed by the
          answers so far: each answer starts the wait over. */}
      {state.step === 'sending' && <FailureAlert key={state.outcomes.size} failure={undefined} busy />}
      {(state.step === 'sending' || state.step === 'done') && (
        <InviteReport running={state.step === 'sending'} total={state.total} outcomes={state.outcomes} nameOf={(id) => contactName(byId.get(id) ?? { id, firstName: null, lastName: null, email: null })} />
      )}
    </Picker>
  );
}
