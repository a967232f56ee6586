import { t } from '@/lib/i18n';
import type { CallBackground } from '@/lib/messages/call';
import { detailPageUrl, type ContactPage } from '@/lib/page/desk-pages';
import { BadgesSection } from '../Badges/Badges';
import { ContactDataProvider, useContactData } from '../ContactData/ContactData';
import { DuplicatesSection } from '../Duplicates/Duplicates';
import { HelpCentersSection } from '../HelpCenters/HelpCenters';
import { LabelsSection } from '../Labels/Labels';
import { followInPlace } from '../common/follow';
import { PanelFrame } from '../common/PanelFrame';
import { panelProblem, ProblemNotice } from '../common/ProblemNotice';

export interface PanelProps {
  page: ContactPage;
  api: CallBackground;
  navigate: (url: string) => void;
  signal: AbortSignal;
}

/**
 * The Desk Companion panel for one contact. The content script mounts it again, with a new key and signal,
 * whenever the contact changes; every read passes the signal and drops answers that come after it aborted.
 */
export function Panel(props: PanelProps) {
  return (
    <PanelFrame signal={props.signal}>
      <ContactDataProvider page={props.page} api={props.api} signal={props.signal} navigate={props.navigate}>
        <PanelContent />
      </ContactDataProvider>
    </PanelFrame>
  );
}

function PanelContent() {
  const data = useContactData();
  const problem = panelProblem(data.session, data.store);
  if (problem) return <ProblemNotice problem={problem} api={data.api} signal={data.signal} restart={data.restart} />;
  const contact = data.contact?.data;
  return (
    <>
      <HelpCentersSection />
      <BadgesSection />
      <LabelsSection />
      <DuplicatesSection />
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
