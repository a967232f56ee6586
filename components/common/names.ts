import { t } from '@/lib/i18n';
import type { Contact } from '@/lib/messages/protocol';

/** "First Last", else the email (or a phone, if the record has one), else "Contact <id>": never empty, whatever Zoho holds. */
export function contactName(contact: Pick<Contact, 'id' | 'firstName' | 'lastName' | 'email'> & Partial<Pick<Contact, 'phone' | 'mobile'>>): string {
  const name = [contact.firstName, contact.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return name || contact.email?.trim() || contact.phone?.trim() || contact.mobile?.trim() || t('dupContactFallback', contact.id);
}
