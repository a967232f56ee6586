// A help center's users (GET /api/v1/users?helpCenterId=…): what an account's offboarding and group previews read
// to learn who is a user where without one read per contact.
import type { Membership, Org } from '../../worlds/world';
import { page, requireOrg, type Handler } from '../context';
import { invalidField, unprocessable } from '../errors';

// The list's status enum: invited and pending contacts are not users yet, so they are not listed.
const LISTED = new Set(['ACTIVE', 'DISABLED']);

function userItem(org: Org, membership: Membership) {
  const contact = org.contacts.find((candidate) => candidate.id === membership.contactId);
  return {
    id: membership.userId,
    name: [contact?.firstName, contact?.lastName].filter(Boolean).join(' ').slice(0, 100),
    photoUrl: null,
    emailAddress: contact?.email ?? null,
    label: null,
    lastAccessedTime: null,
    status: membership.userStatus,
    userType: 'ENDUSER',
  };
}

export const listHelpCenterUsers: Handler = (context) => {
  const org = requireOrg(context);
  const { helpCenterId, status, include } = context.query;
  if (helpCenterId !== undefined && !org.helpCenters.some((helpCenter) => helpCenter.id === String(helpCenterId))) {
    return unprocessable("The value passed for the 'helpCenterId' query parameter is invalid.", [invalidField('helpCenterId', 'The help center does not exist.')]);
  }
  const wanted = (userStatus: string) => (status === undefined || status === 'ALL' ? LISTED.has(userStatus) : userStatus === status);
  const users = org.memberships.filter(
    (membership) => (helpCenterId === undefined || membership.helpCenterId === String(helpCenterId)) && wanted(membership.userStatus),
  );
  // One user id can be a member of several help centers: listed once.
  const unique = [...new Map(users.map((membership) => [membership.userId, membership])).values()];
  const data = page(unique, context.query, 1, 50).map((membership) => userItem(org, membership));
  const withCount = Array.isArray(include) ? include.includes('count') : include === 'count';
  return { status: 200, json: withCount ? { data, count: unique.length } : { data } };
};
