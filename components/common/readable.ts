import { t } from '@/lib/i18n';

// Zoho's raw identifiers (statuses, field names) as words an agent reads.

/** "LOCKED_BY_ADMIN" → "Locked by admin", "lockedByAdmin" → "Locked by admin". */
export function readable(raw: string): string {
  const words = raw
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  const text = words.join(' ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : t('hcStatusUnknown');
}
