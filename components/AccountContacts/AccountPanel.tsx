import { t } from '@/lib/i18n';
import type { AccountPage } from '@/lib/page/desk-pages';
import { LoadErrors } from '../common/Alerts';
import { Section } from '../common/Section';
import { PanelFrame, type PanelProps } from '../common/PanelFrame';
import { panelProblem } from '../common/ProblemNotice';
import { ContactList } from './ContactList';
import { InviteAll } from './InviteAll';
import { useAccountData } from './useAccountData';

// What only this panel needs; the shared panel styles come with the panel's host.
const ACCOUNT_STYLES = '.dc-scroll{max-height:40vh;overflow:auto}.dc-group{margin:8px 0}';

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
      <ContactList page={props.page} contacts={contacts} navigate={props.navigate} />
    </Section>
  );
}
