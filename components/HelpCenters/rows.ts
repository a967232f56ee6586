import type { HelpCenter, Membership } from '@/lib/messages/protocol';

export interface Row {
  helpCenter: HelpCenter;
  membership: Membership;
}

export interface HelpCenterRows {
  /** The help centers where the contact has a user (any status), in the org's order. */
  rows: Row[];
  /** Every other help center of the org: offered in the invite picker, not as rows of "Not a member". */
  invitable: HelpCenter[];
}

/** Splits the org's help centers into the contact's memberships and the rest. */
export function helpCenterRows(helpCenters: HelpCenter[] | undefined, memberships: Membership[]): HelpCenterRows {
  const rows: Row[] = [];
  const invitable: HelpCenter[] = [];
  const seen = new Set<string>();
  for (const helpCenter of helpCenters ?? []) {
    if (seen.has(helpCenter.id)) continue;
    seen.add(helpCenter.id);
    const membership = memberships.find((m) => m.helpCenter.id === helpCenter.id);
    if (membership) rows.push({ helpCenter, membership });
    else invitable.push(helpCenter);
  }
  // A membership in a help center the list did not return (or could not load) is still shown.
  for (const membership of memberships) {
    if (seen.has(membership.helpCenter.id)) continue;
    seen.add(membership.helpCenter.id);
    rows.push({ helpCenter: membership.helpCenter, membership });
  }
  return { rows, invitable };
}
