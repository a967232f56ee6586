import { t } from '@/lib/i18n';
import { readable } from '../common/readable';

export type StatusCategory = 'active' | 'pending' | 'invited' | 'deactivated' | 'deleted' | 'none' | 'other';

export interface StatusWords {
  category: StatusCategory;
  /** What the agent reads. */
  text: string;
  /** Zoho's raw value (shown on hover), when there is one. */
  raw: string | null;
}

/** The contact's status in one help center, in words. `null` means the contact is not a member. */
export function statusWords(userStatus: string | null | undefined): StatusWords {
  if (userStatus === null || userStatus === undefined) return { category: 'none', text: t('hcStatusNone'), raw: null };
  const raw = userStatus;
  const upper = raw.trim().toUpperCase();
  if (upper === 'ACTIVE') return { category: 'active', text: t('hcStatusActive'), raw };
  if (/PENDING|AWAIT|MODERAT|UNAPPROVED/.test(upper)) return { category: 'pending', text: t('hcStatusPending'), raw };
  if (upper.includes('INVIT')) return { category: 'invited', text: t('hcStatusInvited'), raw };
  if (/DISABLED|DEACTIVATED/.test(upper)) return { category: 'deactivated', text: t('hcStatusDeactivated'), raw };
  if (upper.includes('DELETED')) return { category: 'deleted', text: t('hcStatusDeleted'), raw };
  return { category: 'other', text: readable(raw), raw };
}
