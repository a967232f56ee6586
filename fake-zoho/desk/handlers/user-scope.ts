// Which help-center memberships a `/users/{userId}/…` request reaches. One userId can stand in several help
// centers: `helpCenterId` narrows the request to that one; without it the request reaches every help center of
// the user (what a careless client gets from a PATCH).
import type { Membership, Org } from '../../worlds/world';
import { membershipsOfUser, requireOrg, type Handler, type HandlerContext } from '../context';
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
