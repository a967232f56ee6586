// Which help-center memberships a `/users/{userId}/…` request reaches, and the catalogues kept per help center.
// One userId can stand in several help centers: `helpCenterId` narrows the request to that one; without it the
// request reaches every help center of the user (what a careless client gets from a PATCH).
import type { Membership, Org } from '../../worlds/world';
import { bySort, matchesSearch, membershipsOfUser, page, requireOrg, type Handler, type HandlerContext } from '../context';
import { invalidField, notFound, unprocessable, type Reply } from '../errors';

export type UserHandler = (context: HandlerContext, org: Org, memberships: [Membership, ...Membership[]]) => Reply;

export function withUser(handler: UserHandler): Handler {
  return (context) => {
    const org = requireOrg(context);
    const all = membershipsOfUser(org, context.pathParams.userId ?? '');
    if (all.length === 0) return notFound();
    const helpCenterId = context.query.helpCenterId;
    const reached = helpCenterId === undefined ? all : all.filter((membership) => membership.helpCenterId === String(helpCenterId));
    const [first, ...rest] = reached;
    if (!first) {
      return unprocessable('The user does not belong to this help center.', [invalidField('helpCenterId', 'Not a help center of this user.')]);
    }
    return handler(context, org, [first, ...rest]);
  };
}

/** The help centers a request reached, for checking that a label or group belongs to one of them. */
export function helpCentersOf(memberships: Membership[]): Set<string> {
  return new Set(memberships.map((membership) => membership.helpCenterId));
}

/**
 * A catalogue kept per help center (labels, groups): `helpCenterId` narrows it to that help center's items, an
 * unknown one is refused; `searchBy` and `sortBy` as Desk reads them; 1-based pages of at most 50.
 */
export function helpCenterCatalogue<T extends { helpCenterId: string; name: string }>(
  items: (org: Org) => T[],
  toJson: (org: Org, item: T) => Record<string, unknown>,
): Handler {
  return (context) => {
    const org = requireOrg(context);
    const { helpCenterId, searchBy, sortBy } = context.query;
    if (helpCenterId !== undefined && !org.helpCenters.some((helpCenter) => helpCenter.id === String(helpCenterId))) {
      return unprocessable("The value passed for the 'helpCenterId' query parameter is invalid.", [
        invalidField('helpCenterId', 'The help center does not exist.'),
      ]);
    }
    const listed = items(org)
      .filter((item) => helpCenterId === undefined || item.helpCenterId === String(helpCenterId))
      .filter((item) => matchesSearch(item.name, searchBy))
      .map((item) => toJson(org, item))
      .sort(bySort(sortBy, 'createdTime'));
    return { status: 200, json: { data: page(listed, context.query, 1, 50) } };
  };
}
