import { t } from '@/lib/i18n';
import type { AccountPage } from '@/lib/page/desk-pages';
import { LoadErrors } from '../common/Alerts';
import { Section } from '../common/Section';
import { PanelFrame, type PanelProps } from '../common/PanelFrame';
import { panelProblem } from '../common/ProblemNotice';
import { ContactList } from './ContactList';
import { InviteAll } from './InviteAll';
import type { HelpCenter, RunGroup } from '@/lib/messages/protocol';
import { BulkRun, type RunTarget } from './BulkRun';
import { contactName } from '../common/names';
import { RunReport } from './RunReport';
import { useAccountData } from './useAccountData';
import { useAccountRun } from './useAccountRun';

const helpCenterOf = (helpCenters: HelpCenter[] | undefined, id: string) => helpCenters?.find((helpCenter) => helpCenter.id === id)?.name ?? id;

/** Every group of every help center, each option naming its help center. */
function groupTargets(helpCenters: HelpCenter[] | undefined, groups: RunGroup[] | undefined): RunTarget[] | undefined {
  return (
    helpCenters &&
    groups?.map((group) => ({
      id: group.id,
      name: group.name,
      label: t('runGroupOption', group.name, helpCenterOf(helpCenters, group.helpCenterId)),
      helpCenterId: group.helpCenterId,
      groupId: group.id,
    }))
  );
}

// What only this panel needs; the shared panel styles come with the panel's host.
const ACCOUNT_STYLES = '.dc-scroll{max-height:40vh;overflow:auto}.dc-group{margin:8px 0}.dc-progress{width:100%}';

type AccountPanelProps = PanelProps<AccountPage>;

/**
 * The panel on an account's page. Desk's own header names the account (the API has no account read here), so the
 * panel is about its contacts: every one of them listed, and all of them invited to a help center at once.
 */
export function AccountPanel(props: AccountPanelProps) {
  const data = useAccountData(props.page, props.api, props.signal);
  return (
    <PanelFrame {...props} problem={panelProblem(data.session, data.store)} restart={data.restart}>
      <style>{ACCOUNT_STYLES}</style>
      <AccountContent {...props} data={data} />
    </PanelFrame>
  );
}

function AccountContent(props: AccountPanelProps & { data: ReturnType<typeof useAccountData> }) {
  const { data } = props;
  const { contacts, complete } = data;
  const helpCenters = data.helpCenters?.status === 'ok' && complete ? data.helpCenters.data : undefined;
  const accountId = props.page.accountId;
  const runs = useAccountRun(data.org, accountId, props.api, props.signal);
  const running = !!runs.run && runs.run.status !== 'done';
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const nameOf = (id: string) => contactName(byId.get(id) ?? { id, firstName: null, lastName: null, email: null });
  const bulk = { org: data.org, accountId, api: props.api, signal: props.signal, contacts, busy: running, nameOf, onStarted: runs.show };
  return (
    <Section title={t('accountContactsTitle')} busy={!complete && !data.failedPage}>
      <LoadErrors
        items={[
          { res: data.helpCenters, retry: () => void data.store.load('helpCenters.list', { org: data.org }, true) },
          ...(data.failedPage ? [data.failedPage] : []),
        ]}
      />
      {complete && contacts.length === 0 && <p class="dc-muted">{t('accountNoContacts')}</p>}
      {complete && contacts.length > 0 && <p class="dc-hint">{t('accountContactCount', contacts.length)}</p>}
      {!complete && contacts.length > 0 && <p class="dc-hint">{t('accountLoadingMore', contacts.length)}</p>}
      {contacts.length > 0 && (
        <InviteAll org={data.org} api={props.api} signal={props.signal} contacts={contacts} helpCenters={helpCenters} />
      )}
      {contacts.length > 0 && (
        <BulkRun
          {...bulk}
          kind="deactivate"
          targets={helpCenters?.map((helpCenter) => ({ id: helpCenter.id, label: helpCenter.name, name: helpCenter.name, helpCenterId: helpCenter.id }))}
          text={{
            label: 'runDeactivateLabel',
            choose: 'accountChooseHelpCenter',
            open: 'runDeactivateAll',
            preview: (plan, target) => t('runDeactivatePreview', plan.targets.length, target.name),
            confirm: (plan) => t('runConfirmDeactivation', plan.targets.length),
          }}
        />
      )}
      {contacts.length > 0 && (
        <BulkRun
          {...bulk}
          kind="group"
          targets={groupTargets(helpCenters, data.groups?.status === 'ok' ? data.groups.data : undefined)}
          text={{
            label: 'runGroupLabel',
            choose: 'runChooseGroup',
            open: 'runAddAll',
            preview: (plan, target) => t('runGroupPreview', plan.targets.length, helpCenterOf(helpCenters, target.helpCenterId), target.name),
            confirm: () => t('runAddToGroup'),
          }}
        />
      )}
      {runs.run && <RunReport run={runs.run} nameOf={nameOf} onStop={() => void runs.stop()} />}
      <ContactList page={props.page} contacts={contacts} navigate={props.navigate} />
    </Section>
  );
}
