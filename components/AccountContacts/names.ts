import { t } from '@/lib/i18n';
import type { AccountContact } from '@/lib/messages/protocol';

/** "First Last", else the email, else "Contact <id>": never empty, whatever Zoho holds. */
export function personName(contact: Pick<AccountContact, 'id' | 'firstName' | 'lastName' | 'email'>): string {
  const name = [contact.firstName, contact.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return name || contact.email?.trim() || t('dupContactFallback', contact.id);
}
