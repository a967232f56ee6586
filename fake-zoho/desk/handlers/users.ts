// Help-center users (a contact's user in one help center): status, badges, labels.
import type { Membership, Org } from '../../worlds/world';
import { massItem, membershipOfUser, now, page, requireOrg, type Handler, type HandlerContext } from '../context';
import { invalidData, invalidField, notFound, unprocessable, type Reply } from '../errors';
import { badgeJson, labelJson, userJson, userLabelJson } from '../shapes';
import { removeMembership } from './contacts';

function withUser(handler: (context: HandlerContext, org: Org, membership: Membership) => Reply): Handler {
  return (context) => {
    const org = requireOrg(context);
    const membership = membershipOfUser(org, context.pathParams.userId ?? '');
    if (!membership) return notFound();
    const helpCenterId = context.query.helpCenterId;
    if (helpCenterId !== undefined && String(helpCenterId) !== membership.helpCenterId) {
      return unprocessable('The user does not belong to this help center.', [invalidField('helpCenterId', 'Not the help center of this user.')]);
    }
    return handler(context, org, membership);
  };
}

/** ACTIVE ⇄ DISABLED only; a PENDING or INVITED user is approved or invited, not activated. DELETED removes the user. */
export const updateUser = withUser((context, org, membership) => {
  const body = (context.body ?? {}) as { status?: string | null; email?: unknown };
  const status = body.status;
  if (status === undefined || status === null) {
    if (body.email !== undefined) return { status: 200, json: userJson(org, membership) };
    return unprocessable('Nothing to update.', [invalidField('/status', 'status is required.', 'missing')]);
  }
  if (status === 'DELETED') {
    const json = { ...userJson(org, membership), status: 'DELETED' };
    removeMembership(org, membership);
    return { status: 200, json };
  }
  if (membership.userStatus !== 'ACTIVE' && membership.userStatus !== 'DISABLED') {
    const message = `A user with status ${membership.userStatus} cannot be set to ${status}.`;
    return unprocessable(message, [invalidField('/status', message)]);
  }
  if (status === 'DISABLED' && membership.refuseDeactivation) {
    return unprocessable(membership.refuseDeactivation, [invalidField('/status', membership.refuseDeactivation)]);
  }
  membership.userStatus = status;
  return { status: 200, json: userJson(org, membership) };
});

const byCreatedTime = (sortBy: unknown) => (a: { createdTime: string }, b: { createdTime: string }) =>
  sortBy === '-createdTime' ? b.createdTime.localeCompare(a.createdTime) : a.createdTime.localeCompare(b.createdTime);

export const userBadges = withUser((context, org, membership) => {
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

export const associateBadges = withUser((context, org, membership) => {
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

export const dissociateBadges = withUser((context, org, membership) => {
  const results = badgeIdsOf(context).map((badgeId) => {
    const held = org.userBadges.find((userBadge) => userBadge.userId === membership.userId && userBadge.badgeId === badgeId);
    if (!held) return massItem(badgeId, { errorCode: 'UNPROCESSABLE_ENTITY', message: 'The badge is not associated with the user.' });
    org.userBadges = org.userBadges.filter((userBadge) => userBadge !== held);
    return massItem(badgeId, null);
  });
  return { status: 200, json: { results } };
});

function bySort(sortBy: unknown, field: string) {
  const key = typeof sortBy === 'string' ? sortBy.replace(/^-/, '') : field;
  const sign = typeof sortBy === 'string' && sortBy.startsWith('-') ? -1 : 1;
  return (a: Record<string, unknown>, b: Record<string, unknown>) => sign * String(a[key] ?? '').localeCompare(String(b[key] ?? ''));
}

function matchesSearch(name: string, searchBy: unknown) {
  return typeof searchBy !== 'string' || name.toLowerCase().includes(searchBy.replace(/\*/g, '').toLowerCase());
}

export const userLabels = withUser((context, org, membership) => {
  const { isPrimary, searchBy, sortBy } = context.query;
  const items = org.userLabels
    .filter((userLabel) => userLabel.userId === membership.userId)
    .filter((userLabel) => isPrimary === undefined || userLabel.isPrimary === isPrimary)
    .flatMap((userLabel) => {
      const label = org.labels.find((candidate) => candidate.id === userLabel.labelId);
      return label && matchesSearch(label.name, searchBy) ? [userLabelJson(label, userLabel)] : [];
    })
    .sort(bySort(sortBy, 'assignedTime'));
  return { status: 200, json: { data: page(items, context.query, 1, 50) } };
});

export const listLabels: Handler = (context) => {
  const org = requireOrg(context);
  const { helpCenterId, searchBy, sortBy } = context.query;
  if (helpCenterId !== undefined && !org.helpCenters.some((helpCenter) => helpCenter.id === String(helpCenterId))) {
    return unprocessable("The value passed for the 'helpCenterId' query parameter is invalid.", [
      invalidField('helpCenterId', 'The help center does not exist.'),
    ]);
  }
  const labels = org.labels
    .filter((label) => helpCenterId === undefined || label.helpCenterId === String(helpCenterId))
    .filter((label) => matchesSearch(label.name, searchBy))
    .map((label) => labelJson(org, label))
    .sort(bySort(sortBy, 'createdTime'));
  return { status: 200, json: { data: page(labels, context.query, 1, 50) } };
};

/** Labels belong to one help center: only a label of the user's own help center can be assigned. */
export const assignLabels = withUser((context, org, membership) => {
  const requested = ((context.body as { labels?: Array<{ id: unknown; isPrimary: boolean | null } | null> | null } | null)?.labels ?? []).flatMap(
    (item) => (item ? [{ id: String(item.id), isPrimary: item.isPrimary === true }] : []),
  );
  if (requested.filter((item) => item.isPrimary).length > 1) {
    return invalidData([invalidField('/labels', 'Only one label can be primary.')]);
  }
  const results = requested.map(({ id, isPrimary }) => {
    const label = org.labels.find((candidate) => candidate.id === id);
    if (!label) return massItem(id, { errorCode: 'INVALID_DATA', message: 'The label does not exist.' }, 'error');
    if (label.helpCenterId !== membership.helpCenterId) {
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

export const removeLabels = withUser((context, org, membership) => {
  const ids = ((context.body as { labelIds?: unknown[] | null } | null)?.labelIds ?? []).map(String);
  const results = ids.map((id) => {
    const held = org.userLabels.find((userLabel) => userLabel.userId === membership.userId && userLabel.labelId === id);
    if (!held) return massItem(id, { errorCode: 'UNPROCESSABLE_ENTITY', message: 'The label is not assigned to the user.' }, 'error');
    org.userLabels = org.userLabels.filter((userLabel) => userLabel !== held);
    return massItem(id, null, 'error');
  });
  return { status: 200, json: { results } };
});
