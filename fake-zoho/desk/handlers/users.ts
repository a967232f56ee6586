// Help-center users (a contact's user in one or more help centers): status, badges, labels.
import { bySort, massItem, matchesSearch, now, page, requireOrg, type Handler, type HandlerContext } from '../context';
import { invalidData, invalidField, unprocessable } from '../errors';
import { badgeJson, labelJson, userJson, userLabelJson } from '../shapes';
import { removeMembership } from './contacts';
import { helpCenterCatalogue, helpCentersOf, withUser } from './user-scope';

/**
 * ACTIVE ⇄ DISABLED only; a PENDING or INVITED user is approved or invited, not activated. DELETED removes the
 * user. Each help center the request reaches changes (all of the user's without `helpCenterId`); one whose status
 * cannot change is left as it is, and when none can the request is refused.
 */
export const updateUser = withUser((context, org, memberships) => {
  const body = (context.body ?? {}) as { status?: string | null; email?: unknown };
  const status = body.status;
  if (status === undefined || status === null) {
    if (body.email !== undefined) return { status: 200, json: userJson(org, memberships[0]) };
    return unprocessable('Nothing to update.', [invalidField('/status', 'status is required.', 'missing')]);
  }
  if (status === 'DELETED') {
    const json = { ...userJson(org, memberships[0]), status: 'DELETED' };
    for (const membership of memberships) removeMembership(org, membership);
    return { status: 200, json };
  }
  const changeable = memberships.filter((membership) => membership.userStatus === 'ACTIVE' || membership.userStatus === 'DISABLED');
  const [first] = changeable;
  if (!first) {
    const message = `A user with status ${memberships[0].userStatus} cannot be set to ${status}.`;
    return unprocessable(message, [invalidField('/status', message)]);
  }
  const refusing = status === 'DISABLED' ? changeable.find((membership) => membership.refuseDeactivation) : undefined;
  if (refusing?.refuseDeactivation) {
    return unprocessable(refusing.refuseDeactivation, [invalidField('/status', refusing.refuseDeactivation)]);
  }
  for (const membership of changeable) membership.userStatus = status;
  return { status: 200, json: userJson(org, first) };
});

const byCreatedTime = (sortBy: unknown) => (a: { createdTime: string }, b: { createdTime: string }) =>
  sortBy === '-createdTime' ? b.createdTime.localeCompare(a.createdTime) : a.createdTime.localeCompare(b.createdTime);

export const userBadges = withUser((context, org, [membership]) => {
  const { type, startTime, endTime, sortBy } = context.query;
  const badges = org.userBadges
    .filter((userBadge) => userBadge.userId === membership.userId)
    .filter((userBadge) => typeof startTime !== 'string' || userBadge.createdTime >= startTime)
    .filter((userBadge) => typeof endTime !== 'string' || userBadge.createdTime <= endTime)
    .sort(byCreatedTime(sortBy))
    .flatMap((userBadge) => org.badges.filter((badge) => badge.id === userBadge.badgeId))
    .filter((badge) => type === undefined || badge.isCustom === (type === 'custom'));
  const data = page(badges, context.query, 1, 50).map(badgeJson);
  return { status: 200, json: context.options.badgesShape === 'array' ? data : { data } };
});

export const listBadges: Handler = (context) => {
  const org = requireOrg(context);
  const type = context.query.type;
  const badges = org.badges.filter((badge) => type === undefined || badge.isCustom === (type === 'custom'));
  return { status: 200, json: page(badges, context.query, 1, 10).map(badgeJson) };
};

function badgeIdsOf(context: HandlerContext): string[] {
  return ((context.body as { badgeIds?: unknown[] } | null)?.badgeIds ?? []).map(String);
}

export const associateBadges = withUser((context, org, [membership]) => {
  const results = badgeIdsOf(context).map((badgeId) => {
    if (!org.badges.some((badge) => badge.id === badgeId)) {
      return massItem(badgeId, { errorCode: 'INVALID_DATA', message: 'The badge does not exist.' });
    }
    if (org.userBadges.some((userBadge) => userBadge.userId === membership.userId && userBadge.badgeId === badgeId)) {
      return massItem(badgeId, { errorCode: 'UNPROCESSABLE_ENTITY', message: 'The badge is already associated with the user.' });
    }
    org.userBadges.push({ userId: membership.userId, badgeId, createdTime: now() });
    return massItem(badgeId, null);
  });
  return { status: 200, json: { results } };
});

export const dissociateBadges = withUser((context, org, [membership]) => {
  const results = badgeIdsOf(context).map((badgeId) => {
    const held = org.userBadges.find((userBadge) => userBadge.userId === membership.userId && userBadge.badgeId === badgeId);
    if (!held) return massItem(badgeId, { errorCode: 'UNPROCESSABLE_ENTITY', message: 'The badge is not associated with the user.' });
    org.userBadges = org.userBadges.filter((userBadge) => userBadge !== held);
    return massItem(badgeId, null);
  });
  return { status: 200, json: { results } };
});

export const userLabels = withUser((context, org, memberships) => {
  const { isPrimary, searchBy, sortBy } = context.query;
  const helpCenters = helpCentersOf(memberships);
  const items = org.userLabels
    .filter((userLabel) => userLabel.userId === memberships[0].userId)
    .filter((userLabel) => isPrimary === undefined || userLabel.isPrimary === isPrimary)
    .flatMap((userLabel) => {
      const label = org.labels.find((candidate) => candidate.id === userLabel.labelId);
      return label && helpCenters.has(label.helpCenterId) && matchesSearch(label.name, searchBy) ? [userLabelJson(label, userLabel)] : [];
    })
    .sort(bySort(sortBy, 'assignedTime'));
  return { status: 200, json: { data: page(items, context.query, 1, 50) } };
});

export const listLabels = helpCenterCatalogue((org) => org.labels, labelJson);

/** Labels belong to one help center: only a label of a help center the request reached can be assigned. */
export const assignLabels = withUser((context, org, memberships) => {
  const [membership] = memberships;
  const helpCenters = helpCentersOf(memberships);
  const requested = ((context.body as { labels?: Array<{ id: unknown; isPrimary: boolean | null } | null> | null } | null)?.labels ?? []).flatMap(
    (item) => (item ? [{ id: String(item.id), isPrimary: item.isPrimary === true }] : []),
  );
  if (requested.filter((item) => item.isPrimary).length > 1) {
    return invalidData([invalidField('/labels', 'Only one label can be primary.')]);
  }
  const results = requested.map(({ id, isPrimary }) => {
    const label = org.labels.find((candidate) => candidate.id === id);
    if (!label) return massItem(id, { errorCode: 'INVALID_DATA', message: 'The label does not exist.' }, 'error');
    if (!helpCenters.has(label.helpCenterId)) {
      return massItem(id, { errorCode: 'UNPROCESSABLE_ENTITY', message: 'The label belongs to another help center.' }, 'error');
    }
    if (isPrimary) {
      for (const userLabel of org.userLabels) if (userLabel.userId === membership.userId) userLabel.isPrimary = false;
    }
    const existing = org.userLabels.find((userLabel) => userLabel.userId === membership.userId && userLabel.labelId === id);
    if (existing) existing.isPrimary = isPrimary;
    else org.userLabels.push({ userId: membership.userId, labelId: id, isPrimary, assignedTime: now() });
    return massItem(id, null, 'error');
  });
  return { status: 200, json: { results } };
});

export const removeLabels = withUser((context, org, memberships) => {
  const helpCenters = helpCentersOf(memberships);
  const ids = ((context.body as { labelIds?: unknown[] | null } | null)?.labelIds ?? []).map(String);
  const results = ids.map((id) => {
    const label = org.labels.find((candidate) => candidate.id === id);
    const held = org.userLabels.find(
      (userLabel) => userLabel.userId === memberships[0].userId && userLabel.labelId === id && label !== undefined && helpCenters.has(label.helpCenterId),
    );
    if (!held) return massItem(id, { errorCode: 'UNPROCESSABLE_ENTITY', message: 'The label is not assigned to the user.' }, 'error');
    org.userLabels = org.userLabels.filter((userLabel) => userLabel !== held);
    return massItem(id, null, 'error');
  });
  return { status: 200, json: { results } };
});
