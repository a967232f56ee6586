import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { HelpCenter, Membership } from '@/lib/messages/protocol';
import { anyLoading, useContactData } from '../ContactData/ContactData';
import { useActions, type WriteSpec } from '../common/actions';
import { FailureAlert, LoadErrors } from '../common/Alerts';
import { safeHttpUrl } from '../common/safe-url';
import { Section } from '../common/Section';
import { byAgent } from '../common/trusted';
import { statusWords } from './status';

interface Row {
  helpCenter: HelpCenter;
  membership: Membership | undefined;
}

/** Every help center of the org (in the org's order), with the contact's membership where there is one. */
export function helpCenterRows(helpCenters: HelpCenter[] | undefined, memberships: Membership[]): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const helpCenter of helpCenters ?? []) {
    if (seen.has(helpCenter.id)) continue;
    seen.add(helpCenter.id);
    rows.push({ helpCenter, membership: memberships.find((m) => m.helpCenter.id === helpCenter.id) });
  }
  // A membership in a help center the list did not return (or could not load) is still shown.
  for (const membership of memberships) {
    if (seen.has(membership.helpCenter.id)) continue;
    seen.add(membership.helpCenter.id);
    rows.push({ helpCenter: membership.helpCenter, membership });
  }
  return rows;
}

const rowKey = (helpCenterId: string) => `hc:${helpCenterId}`;

export function HelpCentersSection() {
  const data = useContactData();
  const { org, page, api, signal, store } = data;
  const contactId = page.contactId;
  const actions = useActions(signal);
  const noEmailId = useId();

  const memberships = data.memberships?.data;
  const listSettled = data.helpCenters !== undefined && (data.helpCenters.status !== 'loading' || !!data.helpCenters.data);
  const rows = memberships && listSettled ? helpCenterRows(data.helpCenters?.data, memberships) : undefined;
  const nameOf = (id: string) => rows?.find((row) => row.helpCenter.id === id)?.helpCenter.name ?? t('hcTheHelpCenter');

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
  // The reply's one item is the user; its failure belongs on this row.
  const reactivate = (id: string, userId: string) =>
    write(
      [userId],
      (name) => t('hcReactivateIn', name),
      (_, check) => api('users.setStatus', { org, contactId, userId, status: 'ACTIVE', check }, signal),
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
      {rows && rows.length === 0 && <p class="dc-muted">{t('hcNone')}</p>}
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
      {rows && rows.some((row) => !row.membership) && inviteBlocked && (
        <p id={noEmailId} class="dc-hint">
          {inviteBlocked}
        </p>
      )}
      {rows && rows.length > 0 && (
        <ul class="dc-list">
          {rows.map((row) => {
            const { helpCenter, membership } = row;
            const status = statusWords(membership ? membership.userStatus : null);
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
                  {status.category === 'none' && (
                    <button
                      type="button"
                      class="dc-button"
                      aria-label={t('hcInviteTo', name)}
                      aria-describedby={inviteBlocked ? noEmailId : undefined}
                      disabled={running || !!inviteBlocked}
                      onClick={byAgent(() => invite(helpCenter.id, false))}
                    >
                      {t('hcInvite')}
                    </button>
                  )}
                  {status.category === 'invited' && button(t('hcReinviteTo', name), t('hcReinvite'), () => invite(helpCenter.id, true))}
                  {status.category === 'deactivated' &&
                    membership &&
                    button(t('hcReactivateIn', name), t('hcReactivate'), () => reactivate(helpCenter.id, membership.userId))}
                </div>
                <FailureAlert failure={actions.failure(key)} busy={running} />
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
