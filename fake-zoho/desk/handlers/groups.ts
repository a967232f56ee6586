// Help-center user groups: the catalogue of a help center, a user's groups, and the two ways of changing who is
// in a group (from the user's side, a mass action answering per group; from the group's side, 204 or refused).
import type { Group, Org } from '../../worlds/world';
import { bySort, massItem, matchesSearch, membershipsOfUser, now, page, requireOrg, type Handler, type HandlerContext } from '../context';
import { invalidData, invalidField, notFound, type FieldError, type Reply } from '../errors';
import { groupJson, userGroupJson } from '../shapes';
import { helpCenterCatalogue, helpCentersOf, withUser } from './user-scope';

/** At most 50 a page, `from` starting at 1; `helpCenterId` narrows the list to that help center's groups. */
export const listGroups = helpCenterCatalogue((org) => org.groups, groupJson);

const isIn = (userId: string, group: Group) => (userGroup: { userId: string; groupId: string }) =>
  userGroup.userId === userId && userGroup.groupId === group.id;

export const userGroups = withUser((context, org, memberships) => {
  const { searchBy, sortBy } = context.query;
  const helpCenters = helpCentersOf(memberships);
  const items = org.userGroups
    .filter((userGroup) => userGroup.userId === memberships[0].userId)
    .flatMap((userGroup) => {
      const group = org.groups.find((candidate) => candidate.id === userGroup.groupId);
      return group && helpCenters.has(group.helpCenterId) && matchesSearch(group.name, searchBy) ? [userGroupJson(group, userGroup)] : [];
    })
    .sort(bySort(sortBy, 'addedTime'));
  return { status: 200, json: { data: page(items, context.query, 1, 50) } };
});

/** A group of a help center the request reached (the one named by `helpCenterId`, else any of the user's). */
function groupFor(org: Org, helpCenters: Set<string>, id: string): Group | { errorCode: 'INVALID_DATA' | 'UNPROCESSABLE_ENTITY'; message: string } {
  const group = org.groups.find((candidate) => candidate.id === id);
  if (!group) return { errorCode: 'INVALID_DATA', message: 'The group does not exist.' };
  if (!helpCenters.has(group.helpCenterId)) return { errorCode: 'UNPROCESSABLE_ENTITY', message: 'The group belongs to another help center.' };
  return group;
}

export const associateGroups = withUser((context, org, memberships) => {
  const userId = memberships[0].userId;
  const helpCenters = helpCentersOf(memberships);
  const requested = ((context.body as { groups?: Array<{ id: unknown } | null> | null } | null)?.groups ?? []).flatMap((item) => (item ? [String(item.id)] : []));
  const results = requested.map((id) => {
    const found = groupFor(org, helpCenters, id);
    if (!('id' in found)) return massItem(id, found, 'error');
    if (org.userGroups.some(isIn(userId, found))) return massItem(id, { errorCode: 'UNPROCESSABLE_ENTITY', message: 'The user is already in the group.' }, 'error');
    org.userGroups.push({ userId, groupId: id, addedTime: now() });
    return massItem(id, null, 'error');
  });
  return { status: 200, json: { results } };
});

export const dissociateGroups = withUser((context, org, memberships) => {
  const userId = memberships[0].userId;
  const helpCenters = helpCentersOf(memberships);
  const ids = ((context.body as { groupIds?: unknown[] | null } | null)?.groupIds ?? []).map(String);
  const results = ids.map((id) => {
    const found = groupFor(org, helpCenters, id);
    if (!('id' in found)) return massItem(id, found, 'error');
    if (!org.userGroups.some(isIn(userId, found))) return massItem(id, { errorCode: 'UNPROCESSABLE_ENTITY', message: 'The user is not in the group.' }, 'error');
    org.userGroups = org.userGroups.filter((userGroup) => !isIn(userId, found)(userGroup));
    return massItem(id, null, 'error');
  });
  return { status: 200, json: { results } };
});

/**
 * The group's side: all or nothing. Refused (422, naming each problem) when a user is listed twice or is no user
 * of the group's help center; a user already in the group (adding) or not in it (removing) is left as it is.
 */
function changeMembers(context: HandlerContext, userIds: string[], field: string, add: boolean): Reply {
  const org = requireOrg(context);
  const group = org.groups.find((candidate) => candidate.id === context.pathParams.groupId);
  if (!group) return notFound();
  const problems: FieldError[] = [];
  userIds.forEach((userId, index) => {
    if (userIds.indexOf(userId) !== index) problems.push(invalidField(field, `The user ${userId} is listed more than once.`, 'duplicate'));
    else if (!membershipsOfUser(org, userId).some((membership) => membership.helpCenterId === group.helpCenterId)) {
      problems.push(invalidField(field, `The user ${userId} is not a user of the group's help center.`));
    }
  });
  if (problems.length > 0) return invalidData(problems);
  for (const userId of userIds) {
    const held = org.userGroups.some(isIn(userId, group));
    if (add && !held) org.userGroups.push({ userId, groupId: group.id, addedTime: now() });
    if (!add && held) org.userGroups = org.userGroups.filter((userGroup) => !isIn(userId, group)(userGroup));
  }
  return { status: 204 };
}

export const addGroupUsers: Handler = (context) => {
  const users = ((context.body as { users?: Array<{ id: unknown } | null> | null } | null)?.users ?? []).flatMap((item) => (item ? [String(item.id)] : []));
  return changeMembers(context, users, '/users', true);
};

export const removeGroupUsers: Handler = (context) => {
  const userIds = ((context.body as { userIds?: unknown[] | null } | null)?.userIds ?? []).map(String);
  return changeMembers(context, userIds, '/userIds', false);
};
