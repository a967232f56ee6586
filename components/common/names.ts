import { t } from '@/lib/i18n';
import type { Contact } from '@/lib/messages/protocol';

export function contactName(contact: Contact): string {
  const name = [contact.firstName, contact.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  return name || contact.email?.trim() || contact.phone?.trim() || contact.mobile?.trim() || t('dupContactFallback', contact.id);
}
