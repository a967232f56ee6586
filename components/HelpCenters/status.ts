import { t } from '@/lib/i18n';
import { statusCategory, type StatusCategory } from '@/lib/messages/user-status';
import { readable } from '../common/readable';

export type { StatusCategory };

export interface StatusWords {
  category: StatusCategory;
  /** What the agent reads. */
  text: string;
  /** Zoho's raw value (shown on hover), when there is one. */
  raw: string | null;
}

const WORDS = {
  active: 'hcStatusActive',
  pending: 'hcStatusPending',
  invited: 'hcStatusInvited',
  deactivated: 'hcStatusDeactivated',
  deleted: 'hcStatusDeleted',
} as const;

/** The contact's status in one help center, in words. `null` means the contact is not a member. */
export function statusWords(userStatus: string | null | undefined): StatusWords {
  const category = statusCategory(userStatus);
  if (category === 'none') return { category, text: t('hcStatusNone'), raw: null };
  const raw = userStatus!;
  return { category, text: category === 'other' ? readable(raw) : t(WORDS[category]), raw };
}
