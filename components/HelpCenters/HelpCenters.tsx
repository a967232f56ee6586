import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Membership } from '@/lib/messages/protocol';
import { anyLoading, useContactData } from '../ContactData/ContactData';
import { useActions, type WriteSpec } from '../common/actions';
import { FailureAlert, LoadErrors } from '../common/Alerts';
import { safeHttpUrl } from '../common/safe-url';
import { Section } from '../common/Section';
import { byAgent } from '../common/trusted';
import { DeactivateControl } from './DeactivateControl';
import { InvitePicker } from './InvitePicker';
import { helpCenterRows } from './rows';
import { statusWords } from './status';

const rowKey = (helpCenterId: string) => `hc:${helpCenterId}`;

export function HelpCentersSection() {
  const data = useContactData();
  const { org, page, api, signal, store } = data;
  const contactId = page.contactId;
  const actions = useActions(signal);
  const noEmailId = useId();

  const memberships = data.memberships?.data;
  const listSettled = data.helpCenters !== undefined && (data.helpCenters.status !== 'loading' || !!data.helpCenters.data);
  const split = memberships && listSettled ? helpCenterRows(data.helpCenters?.data, memberships) : undefined;
  const rows = split?.rows;
  const nameOf = (id: string) =>
    (rows?.find((row) => row.helpCenter.id === id)?.helpCenter ?? split?.invitable.find((hc) => hc.id === id))?.name ?? t('hcTheHelpCenter');

  const contact = data.contact;
  const email = contact?.status === 'ok' ? contact.data.email?.trim() || contact.data.secondaryEmail?.trim() : undefined;
  const inviteBlocked =
    contact?.status === 'ok' && !email
      ? t('hcNoEmail')
      : !contact || (contact.status === 'loading' && !contact.data)
        ? t('hcCheckingEmail')
        : null;

  const show = (state: Membership[] | null) => store.show('contact.helpCenters', { org, contactId }, state);
  /** A write on some rows, each keeping its own failure; the reply's memberships replace the shown ones. */
  const write = (
    ids: string[],
    /** The action on one help center, by its name: also the button's accessible name. */
    action: (name: string) => string,
    send: WriteSpec<Membership[]>['send'],
    extraKeys: string[] = [],
    helpCenterOf = (id: string) => id,
  ) =>
    actions.write({ ids, extraKeys, keyOf: (id) => rowKey(helpCenterOf(id)), action: (id) => action(nameOf(helpCenterOf(id))), send, show });

  const approve = (ids: string[], extraKeys?: string[]) =>
    write(ids, (name) => t('hcApproveIn', name), (helpCenterIds, check) => api('helpCenters.approve', { org, contactId, helpCenterIds, check }, signal), extraKeys);
  const reject = (id: string) =>
    write([id], (name) => t('hcRejectIn', name), (helpCenterIds, check) => api('helpCenters.reject', { org, contactId, helpCenterIds, check }, signal));
  const invite = (id: string, again: boolean) =>
    write(
      [id],
      (name) => (again ? t('hcReinviteTo', name) : t('hcInviteTo', name)),
      (_, check) => api('helpCenters.invite', { org, contactId, helpCenterId: id, check }, signal),
    );
  // The reply's one item is the user; its failure belongs on this row. The help center is named: the same user
  // id can stand in another help center, which keeps its status.
  const setStatus = (id: string, userId: string, status: 'ACTIVE' | 'DISABLED') =>
    write(
      [userId],
      (name) => (status === 'ACTIVE' ? t('hcReactivateIn', name) : t('hcDeactivateIn', name)),
      (_, check) => api('users.setStatus', { org, contactId, userId, helpCenterId: id, status, check }, signal),
      [],
      () => id,
    );

  const pendingIds = (rows ?? [])
    .filter((row) => row.membership && statusWords(row.membership.userStatus).category === 'pending')
    .map((row) => row.helpCenter.id);

  const busy = anyLoading(data.memberships, data.helpCenters);

  return (
    <Section title={t('hcTitle')} busy={busy}>
      <LoadErrors
        items={[
          { res: data.memberships, retry: () => void store.load('contact.helpCenters', { org, contactId }, true) },
          { res: data.helpCenters, retry: () => void store.load('helpCenters.list', { org }, true) },
          { res: data.contact, retry: () => void store.load('contact.get', { org, contactId }, true) },
        ]}
      />
      {split && split.rows.length === 0 && <p class="dc-muted">{split.invitable.length === 0 ? t('hcNone') : t('hcNoMemberships')}</p>}
      {pendingIds.length >= 2 && (
        <div class="dc-toolbar">
          <button
            type="button"
            class="dc-button dc-primary"
            disabled={actions.isBusy('approve-all') || pendingIds.some((id) => actions.isBusy(rowKey(id)))}
            onClick={byAgent(() => approve(pendingIds, ['approve-all']))}
          >
            {t('hcApproveAll')}
          </button>
        </div>
      )}

      {rows && rows.length > 0 && (
        <ul class="dc-list">
          {rows.map((row) => {
            const { helpCenter, membership } = row;
            const status = statusWords(membership.userStatus);
            const key = rowKey(helpCenter.id);
            const running = actions.isBusy(key);
            const name = helpCenter.name;
            const url = safeHttpUrl(helpCenter.url);
            const button = (label: string, text: string, onClick: () => void, primary = false) => (
              <button
                type="button"
                class={primary ? 'dc-button dc-primary' : 'dc-button'}
                aria-label={label}
                disabled={running}
                onClick={byAgent(onClick)}
              >
                {text}
              </button>
            );
            return (
              <li class="dc-item" key={helpCenter.id}>
                <div class="dc-item-main">
                  <span class="dc-name">
                    {url ? (
                      <a href={url} target="_blank" rel="noopener noreferrer">
                        {name}
                      </a>
                    ) : (
                      name
                    )}
                  </span>
                  <span class={`dc-status dc-status-${status.category}`} title={status.raw ?? undefined}>
                    {status.text}
                  </span>
                  {!helpCenter.enabled && <span class="dc-tag">{t('hcDisabled')}</span>}
                </div>
                <div class="dc-actions">
                  {status.category === 'pending' && (
                    <>
                      {button(t('hcApproveIn', name), t('hcApprove'), () => approve([helpCenter.id]), true)}
                      {button(t('hcRejectIn', name), t('hcReject'), () => reject(helpCenter.id))}
                    </>
                  )}
                  {status.category === 'active' && (
                    <DeactivateControl name={name} busy={running} deactivate={() => setStatus(helpCenter.id, membership.userId, 'DISABLED')} />
                  )}
                  {status.category === 'invited' && button(t('hcReinviteTo', name), t('hcReinvite'), () => invite(helpCenter.id, true))}
                  {status.category === 'deactivated' &&
                    button(t('hcReactivateIn', name), t('hcReactivate'), () => setStatus(helpCenter.id, membership.userId, 'ACTIVE'))}
                </div>
                <FailureAlert failure={actions.failure(key)} busy={running} />
              </li>
            );
          })}
        </ul>
      )}
      {split && split.invitable.length > 0 && (
        <>
          <InvitePicker
            helpCenters={split.invitable}
            busy={split.invitable.some((helpCenter) => actions.isBusy(rowKey(helpCenter.id)))}
            blockedReasonId={inviteBlocked ? noEmailId : undefined}
            invite={(helpCenter) => invite(helpCenter.id, false)}
          />
          {inviteBlocked && (
            <p id={noEmailId} class="dc-hint">
              {inviteBlocked}
            </p>
          )}
          {/* A failed invite, or a write on a row Zoho no longer holds: the help center is no row, its failure shows here. */}
          {split.invitable
            .map((helpCenter) => rowKey(helpCenter.id))
            .filter((key) => actions.failure(key) || actions.isBusy(key))
            .map((key) => (
              <FailureAlert key={key} failure={actions.failure(key)} busy={actions.isBusy(key)} />
            ))}
        </>
      )}
    </Section>
  );
}
