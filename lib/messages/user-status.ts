// Zoho's userStatus is an open string (the spec lists a few values; orgs see others, e.g. AWAITING_VERIFICATION).
// What each one means is decided here once, for the background's read-backs and the panel's words alike.

export type StatusCategory = 'active' | 'pending' | 'invited' | 'deactivated' | 'deleted' | 'none' | 'other';

/** What a help-center user's status means; null or undefined: the contact is not a member. */
export function statusCategory(userStatus: string | null | undefined): StatusCategory {
  if (userStatus === null || userStatus === undefined) return 'none';
  const upper = userStatus.trim().toUpperCase();
  if (upper === 'ACTIVE') return 'active';
  if (/PENDING|AWAIT|MODERAT|UNAPPROVED/.test(upper)) return 'pending';
  if (upper.includes('INVIT')) return 'invited';
  if (/DISABLED|DEACTIVATED/.test(upper)) return 'deactivated';
  if (upper.includes('DELETED')) return 'deleted';
  return 'other';
}
