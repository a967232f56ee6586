import type { Membership, OrgRef } from '../messages/shapes';

// What a "user's set" section is (a help-center user's badges, labels, groups): its name, and whether its
// catalogue and a user's set are kept for the whole org or per help center. Free of zod and of the Zoho client,
// so the panel, the protocol and the background all read the same declaration of it.

/** Where a catalogue or a user's set is kept: once for the org, or once per help center. */
export type Scope = 'org' | 'helpCenter';

/** The part of a request that says where: nothing for the org, the help center's id for a help center. */
export type Where<S extends Scope> = S extends 'helpCenter' ? { helpCenterId: string } : { helpCenterId?: never };

export interface UserSetShape<N extends string = string, C extends Scope = Scope, U extends Scope = Scope> {
  /** The protocol's kinds are `<name>.ofUser`, `<name>.catalogue`, `<name>.add`, `<name>.remove`. */
  name: N;
  catalogue: C;
  owned: U;
}

export const userSetKinds = <N extends string>(name: N) =>
  ({
    ofUser: `${name}.ofUser`,
    catalogue: `${name}.catalogue`,
    add: `${name}.add`,
    remove: `${name}.remove`,
  }) as const;

const whereOf = (scope: Scope, helpCenterId: string) => (scope === 'helpCenter' ? { helpCenterId } : {});
const helpCentersOf = (memberships: Membership[]) => [...new Set(memberships.map((m) => m.helpCenter.id))];

/** One block of a user's set: a user, or a user in one help center, and the catalogues its picker offers. */
export interface UserSetPlace {
  userId: string;
  /** Set when the set is kept per help center. */
  helpCenterId?: string;
  owned: { org: OrgRef; userId: string; helpCenterId?: string };
  catalogues: Array<{ org: OrgRef; helpCenterId?: string }>;
}

/** Where a user's set is read and written, from the user's memberships (all of one userId). */
export function userSetPlaces(shape: UserSetShape, org: OrgRef, userId: string, memberships: Membership[]): UserSetPlace[] {
  const helpCenterIds = helpCentersOf(memberships);
  const catalogues = (ids: string[]) =>
    shape.catalogue === 'org' ? [{ org }] : ids.map((helpCenterId) => ({ org, ...whereOf('helpCenter', helpCenterId) }));
  if (shape.owned === 'org') return [{ userId, owned: { org, userId }, catalogues: catalogues(helpCenterIds) }];
  return helpCenterIds.map((helpCenterId) => ({
    userId,
    helpCenterId,
    owned: { org, userId, helpCenterId },
    catalogues: catalogues([helpCenterId]),
  }));
}

/** A declaration's shape, for a panel section that must name the same one (checked by the type system). */
export type ShapeOf<D extends UserSetShape> = Pick<D, 'name' | 'catalogue' | 'owned'>;
