import { t } from '@/lib/i18n';
import { detailPageUrl, type PanelPage } from '@/lib/page/desk-pages';
import { ContactDataProvider, useContactData } from '../ContactData/ContactData';
import { followInPlace } from '../common/follow';
import { contactName } from '../common/names';
import { PanelFrame, type PanelProps } from '../common/PanelFrame';
import { panelProblem } from '../common/ProblemNotice';
import { panelSections } from './sections';

const sets = panelSections.flatMap((section) => (section.set ? [section.set] : []));

/**
 * The Desk Companion panel for one contact, or for a ticket's requester. The content script mounts it again, with
 * a new key and signal, whenever the contact or ticket changes; every read passes the signal and drops answers that come after it aborted.
 */
export function Panel(props: PanelProps<PanelPage>) {
  return (
    <ContactDataProvider page={props.page} api={props.api} signal={props.signal} navigate={props.navigate} sets={sets}>
      <ContactPanel />
    </ContactDataProvider>
  );
}

function ContactPanel() {
  const data = useContactData();
  const ticketError = data.ticket?.status === 'error' ? data.ticket.error : null;
  const panelWide = panelProblem(data.session, data.store);
  // A grant from before ticket pages lacks their scope: only signing in again grants it. A ticket that cannot be
  // read otherwise (gone, or hidden from the agent's role) is the whole panel's problem too.
  const problem = ticketError?.code === 'SCOPE_MISMATCH' && !panelWide ? 'ticket-scope' : (panelWide ?? ticketError);
  return (
    <PanelFrame {...data} problem={problem}>
      <PanelContent />
    </PanelFrame>
  );
}

function PanelContent() {
  const data = useContactData();
  if (!data.page.contactId) {
    return (
      <p class="dc-notice dc-muted" role="status" aria-busy="true">
        {t('panelLoading')}
      </p>
    );
  }
  const contact = data.contact?.data;
  return (
    <>
      {contact && <p class="dc-about">{data.ticket ? t('panelRequester', contactName(contact)) : contactName(contact)}</p>}
      {panelSections.map(({ Component }, index) => (
        <Component key={index} />
      ))}
      {contact?.accountId && <AccountLink url={detailPageUrl(data.page, 'accounts', contact.accountId)} name={contact.accountName ?? contact.accountId} />}
    </>
  );
}

/** After the contact's own sections: the way to onboard everyone at the contact's company at once. */
function AccountLink(props: { url: string; name: string }) {
  const { navigate } = useContactData();
  return (
    <p class="dc-section">
      <a href={props.url} onClick={(event) => followInPlace(event, props.url, navigate)}>
        {t('accountInviteEveryone', props.name)}
      </a>
    </p>
  );
}
