// A contact and its help-center users: read, invite, approve, reject.
import type { Contact, HelpCenter, Membership, Org } from '../../worlds/world';
import { massItem, nextId, requireOrg, type Handler, type MassItemError } from '../context';
import { invalidData, invalidField, notFound, unprocessable } from '../errors';
import { contactJson, contactSummary, helpCenterBrief } from '../shapes';

function includes(value: unknown, wanted: string): boolean {
  return Array.isArray(value) ? value.includes(wanted) : value === wanted;
}

function contactOf(org: Org, contactId: string | undefined): Contact | undefined {
  return org.contacts.find((contact) => contact.id === contactId);
}

/**
 * The user leaves one help center: its labels and groups there go; its badges (org-wide) go with its last
 * membership, since a user id standing in another help center keeps them.
 */
export function removeMembership(org: Org, membership: Membership) {
  const { userId, helpCenterId } = membership;
  org.memberships = org.memberships.filter((candidate) => candidate !== membership);
  const inHelpCenter = (items: Array<{ id: string; helpCenterId: string }>, id: string) =>
    items.some((item) => item.id === id && item.helpCenterId === helpCenterId);
  org.userLabels = org.userLabels.filter((userLabel) => userLabel.userId !== userId || !inHelpCenter(org.labels, userLabel.labelId));
  org.userGroups = org.userGroups.filter((userGroup) => userGroup.userId !== userId || !inHelpCenter(org.groups, userGroup.groupId));
  if (!org.memberships.some((candidate) => candidate.userId === userId)) {
    org.userBadges = org.userBadges.filter((userBadge) => userBadge.userId !== userId);
  }
}

export const getContact: Handler = (context) => {
  const org = requireOrg(context);
  const contact = contactOf(org, context.pathParams.contactId);
  if (!contact) return notFound();
  const json: Record<string, unknown> = contactJson(org, contact);
  // `include=accounts` adds the contact's account as {id, accountName, website}; null when it has none.
  if (includes(context.query.include, 'accounts')) {
    const account = org.accounts.find((candidate) => candidate.id === contact.accountId);
    json.account = account ? { id: account.id, accountName: account.accountName, website: account.website } : null;
  }
  return { status: 200, json };
};

/** The spec's limit for `ids`, stated only in its description. */
const MAX_IDS = 20;

/**
 * Each listed contact once, as in a list view (with `isEndUser`); ids that name no contact are left out, 204 when
 * none does. Desk's validators match a whole value, so "x1" is no id even though the spec's pattern would find one.
 */
export const contactsByIds: Handler = (context) => {
  const org = requireOrg(context);
  const ids = (context.query.ids as unknown[]).map(String);
  if (ids.length > MAX_IDS) {
    return unprocessable(`The maximum number of IDs allowed is ${MAX_IDS}.`, [invalidField('ids', `At most ${MAX_IDS} ids are allowed.`)]);
  }
  if (ids.some((id) => !/^[0-9]{1,19}$/.test(id))) {
    return unprocessable("The value passed for the 'ids' query parameter is invalid.", [invalidField('ids', 'Not a list of contact ids.')]);
  }
  const data = [...new Set(ids)].flatMap((id) => {
    const contact = contactOf(org, id);
    return contact ? [contactSummary(org, contact)] : [];
  });
  return data.length === 0 ? { status: 204 } : { status: 200, json: { data } };
};

/** Not paginated: every help center the contact has a user in, with that user's id and status. */
export const contactHelpCenters: Handler = (context) => {
  const org = requireOrg(context);
  const contact = contactOf(org, context.pathParams.contactId);
  if (!contact) return notFound();
  const only = context.query.helpCenterId === undefined ? undefined : String(context.query.helpCenterId);
  const data = org.memberships
    .filter((membership) => membership.contactId === contact.id && (only === undefined || membership.helpCenterId === only))
    .flatMap((membership) => {
      const helpCenter = org.helpCenters.find((candidate) => candidate.id === membership.helpCenterId);
      return helpCenter ? [{ helpCenter: helpCenterBrief(helpCenter), userStatus: membership.userStatus, userId: membership.userId }] : [];
    });
  return { status: 200, json: { data } };
};

function decideSignup(approve: boolean): Handler {
  return (context) => {
    const org = requireOrg(context);
    const contact = contactOf(org, context.pathParams.contactId);
    if (!contact) return notFound();
    const body = context.body as { helpCenterIds: Array<string | number | null> } | null;
    if (!body) return invalidData([invalidField('/helpCenterIds', 'helpCenterIds is required.', 'missing')]);
    const results = (body.helpCenterIds ?? []).map((raw) => {
      const helpCenterId = String(raw);
      const membership = org.memberships.find((candidate) => candidate.contactId === contact.id && candidate.helpCenterId === helpCenterId);
      let error: MassItemError | null = null;
      if (!org.helpCenters.some((helpCenter) => helpCenter.id === helpCenterId)) {
        error = { errorCode: 'INVALID_DATA', message: 'The help center does not exist.' };
      } else if (!membership) {
        error = { errorCode: 'UNPROCESSABLE_ENTITY', message: 'The contact has not signed up for this help center.' };
      } else if (membership.userStatus !== 'PENDING') {
        error = { errorCode: 'UNPROCESSABLE_ENTITY', message: `The user is not awaiting approval: status ${membership.userStatus}.` };
      } else if (approve) {
        membership.userStatus = 'ACTIVE';
      } else {
        removeMembership(org, membership);
      }
      return massItem(helpCenterId, error);
    });
    return { status: 200, json: { results } };
  };
}

export const approveEndUserInvite = decideSignup(true);
export const rejectEndUserInvite = decideSignup(false);

/** Why this contact cannot be invited to this help center, or null when it can (re-inviting INVITED is fine). */
function inviteProblem(org: Org, contact: Contact, helpCenter: HelpCenter): string | null {
  if (!contact.email) return 'The contact has no email address.';
  if (contact.emailBlocked) return 'The email address is blocked in the help center.';
  const membership = org.memberships.find((candidate) => candidate.contactId === contact.id && candidate.helpCenterId === helpCenter.id);
  if (membership && membership.userStatus !== 'INVITED') return `The contact is already a user of this help center: status ${membership.userStatus}.`;
  return null;
}

function invite(org: Org, contact: Contact, helpCenter: HelpCenter) {
  const existing = org.memberships.find((candidate) => candidate.contactId === contact.id && candidate.helpCenterId === helpCenter.id);
  if (existing) return; // a re-invite resends the mail; the user stays INVITED
  const userId = nextId(
    org.memberships.map((membership) => membership.userId),
    `${org.helpCenters[0]?.id.slice(0, 4) ?? '1'}000000300001`,
  );
  org.memberships.push({ contactId: contact.id, helpCenterId: helpCenter.id, userId, userStatus: 'INVITED' });
}

function helpCenterFor(org: Org, raw: unknown): HelpCenter | undefined {
  return org.helpCenters.find((helpCenter) => helpCenter.id === String(raw));
}

export const inviteContact: Handler = (context) => {
  const org = requireOrg(context);
  const contact = contactOf(org, context.pathParams.contactId);
  if (!contact) return notFound();
  const body = context.body as { helpCenterId: unknown } | null;
  const helpCenter = helpCenterFor(org, body?.helpCenterId);
  if (!helpCenter) return invalidData([invalidField('/helpCenterId', 'The help center does not exist.')]);
  if (helpCenter.status !== 'ACTIVE') {
    return unprocessable('The help center is disabled.', [invalidField('/helpCenterId', 'The help center is disabled.')]);
  }
  const problem = inviteProblem(org, contact, helpCenter);
  if (problem) {
    const field = contact.email ? '/contactId' : '/email';
    return unprocessable(problem, [invalidField(field, problem, contact.email ? 'invalid' : 'missing')]);
  }
  invite(org, contact, helpCenter);
  return { status: 204 };
};

export const inviteContacts: Handler = (context) => {
  const org = requireOrg(context);
  const body = context.body as { helpCenterId: unknown; contactIds: unknown[] | null } | null;
  const helpCenter = helpCenterFor(org, body?.helpCenterId);
  if (!helpCenter) return invalidData([invalidField('/helpCenterId', 'The help center does not exist.')]);
  if (helpCenter.status !== 'ACTIVE') {
    return unprocessable('The help center is disabled.', [invalidField('/helpCenterId', 'The help center is disabled.')]);
  }
  const results = (body?.contactIds ?? []).map((raw) => {
    const contactId = String(raw);
    const contact = contactOf(org, contactId);
    if (!contact) return massItem(contactId, { errorCode: 'INVALID_DATA', message: 'The contact does not exist.' });
    const problem = inviteProblem(org, contact, helpCenter);
    if (problem) return massItem(contactId, { errorCode: 'UNPROCESSABLE_ENTITY', message: problem });
    invite(org, contact, helpCenter);
    return massItem(contactId, null);
  });
  return { status: 200, json: { results } };
};
