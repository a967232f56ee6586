import { useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { HelpCenter } from '@/lib/messages/protocol';
import { byAgent } from '../common/trusted';

/**
 * Inviting the contact to a help center it is not a member of: a select of every help center left, a placeholder
 * chosen first (a stray click on Invite sends nothing), and Invite. A disabled help center is listed but cannot be
 * chosen; without an email address nothing can be sent, and `blockedReasonId` names the text that says why.
 */
export function InvitePicker(props: {
  helpCenters: HelpCenter[];
  busy: boolean;
  blockedReasonId: string | undefined;
  invite: (helpCenter: HelpCenter) => void;
}) {
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const { helpCenters, busy, blockedReasonId } = props;
  const blocked = blockedReasonId !== undefined;
  const chosen = helpCenters.find((helpCenter) => helpCenter.id === choice && helpCenter.enabled);
  return (
    <div class="dc-add">
      <label for={selectId} class="dc-label">
        {t('hcInviteSelect')}
      </label>
      <div class="dc-add-row">
        <select
          id={selectId}
          class="dc-select"
          value={chosen?.id ?? ''}
          aria-describedby={blockedReasonId}
          disabled={blocked}
          onChange={(event) => setChoice((event.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('hcInviteChoose')}</option>
          {helpCenters.map((helpCenter) => (
            <option key={helpCenter.id} value={helpCenter.id} disabled={!helpCenter.enabled}>
              {helpCenter.enabled ? helpCenter.name : t('hcInviteOptionDisabled', helpCenter.name)}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="dc-button dc-primary"
          aria-describedby={blockedReasonId}
          disabled={busy || blocked || !chosen}
          onClick={byAgent(() => chosen && props.invite(chosen))}
        >
          {t('hcInvite')}
        </button>
      </div>
    </div>
  );
}
