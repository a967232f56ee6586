import { t } from '@/lib/i18n';
import type { AccountContact } from '@/lib/messages/protocol';
import { detailPageUrl, type AccountPage } from '@/lib/page/desk-pages';
import { followInPlace } from '../common/follow';
import { contactName } from '../common/names';

/** Every contact of the account: a link to its page in this portal and department, its email, whether a user. */
export function ContactList(props: { page: AccountPage; contacts: AccountContact[]; navigate: (url: string) => void }) {
  return (
    <ul class="dc-list dc-scroll">
      {props.contacts.map((contact) => {
        const url = detailPageUrl(props.page, 'contacts', contact.id);
        return (
          <li key={contact.id} class="dc-item">
            <span class="dc-text">
              <a class="dc-name" href={url} onClick={(event) => followInPlace(event, url, props.navigate)}>
                {contactName(contact)}
              </a>
              <span class="dc-description">{contact.email?.trim() || t('accountNoEmail')}</span>
            </span>
            <span class={contact.isEndUser ? 'dc-status dc-status-active' : 'dc-status'}>
              {contact.isEndUser ? t('accountIsUser') : t('accountNotUser')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
