// A help center's users (GET /api/v1/users?helpCenterId=…) and a group's (GET /api/v1/groups/{id}/users): what an
// account's offboarding and group previews read to learn who is a user where, and who is in the group already,
// without one read per contact.
import type { Membership, Org } from '../../worlds/world';
import { page, requireOrg, type Handler } from '../context';
import { invalidField, notFound, unprocessable } from '../errors';

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

/** A group's users (GET /api/v1/groups/{groupId}/users): from 1, at most 100 a page. */
export const listGroupUsers: Handler = (context) => {
  const org = requireOrg(context);
  const group = org.groups.find((candidate) => candidate.id === context.pathParams.groupId);
  if (!group) return notFound();
  const creator = { id: `${org.departments[0]?.id.slice(0, 4) ?? '1'}000000000101`, name: `${org.companyName} Admin`, photoUrl: null };
  const items = org.userGroups
    .filter((userGroup) => userGroup.groupId === group.id)
    .flatMap((userGroup) => {
      const membership = org.memberships.find((m) => m.userId === userGroup.userId && m.helpCenterId === group.helpCenterId);
      if (!membership || !LISTED.has(membership.userStatus)) return [];
      const { lastAccessedTime: _unused, ...user } = userItem(org, membership);
      return [{ ...user, creator, addedTime: userGroup.addedTime }];
    });
  return { status: 200, json: { data: page(items, context.query, 1, 50) } };
};
