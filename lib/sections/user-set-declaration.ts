import * as z from 'zod/mini';
import type { ItemResult } from '../messages/shapes';
import type { OrgContext } from '../zoho/context';
import type { Scope, UserSetShape, Where } from './user-set';

/**
 * A "user's set" section as the background serves it: its shape, the shape of one item on the wire, and the Desk
 * calls that read and change it. The protocol's four kinds (lib/messages/section-calls.ts) and their handlers
 * (lib/background/user-set-handlers.ts) are derived from it.
 */
export interface UserSetDeclaration<N extends string = string, T extends { id: string } = { id: string }, C extends Scope = Scope, U extends Scope = Scope>
  extends UserSetShape<N, C, U> {
  item: z.ZodMiniType<T>;
  desk: {
    catalogue(ctx: OrgContext, where: Where<C>): Promise<T[]>;
    ofUser(ctx: OrgContext, userId: string, where: Where<U>): Promise<T[]>;
    add(ctx: OrgContext, userId: string, ids: string[], where: Where<U>): Promise<ItemResult[]>;
    remove(ctx: OrgContext, userId: string, ids: string[], where: Where<U>): Promise<ItemResult[]>;
  };
}

/** Keeps the literal types of a declaration (its name and scopes), which the protocol's kinds are derived from. */
export const defineUserSet = <N extends string, T extends { id: string }, C extends Scope, U extends Scope>(
  declaration: UserSetDeclaration<N, T, C, U>,
) => declaration;

/** Any declaration, whatever its item type (a list holds several). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each declaration's own item type is kept by its entry
export type AnyUserSet = UserSetDeclaration<string, any, Scope, Scope>;

/** The Desk calls of a set kept per help center, each naming the help center in the same place. */
interface PerHelpCenterCalls<T> {
  catalogue(ctx: OrgContext, helpCenterId: string): Promise<T[]>;
  ofUser(ctx: OrgContext, userId: string, helpCenterId: string): Promise<T[]>;
  add(ctx: OrgContext, userId: string, helpCenterId: string, ids: string[]): Promise<ItemResult[]>;
  remove(ctx: OrgContext, userId: string, helpCenterId: string, ids: string[]): Promise<ItemResult[]>;
}

/** A set whose catalogue and whose user's set are both kept per help center (labels, groups). */
export const perHelpCenterSet = <N extends string, T extends { id: string }>(name: N, item: z.ZodMiniType<T>, calls: PerHelpCenterCalls<T>) =>
  defineUserSet({
    name,
    catalogue: 'helpCenter',
    owned: 'helpCenter',
    item,
    desk: {
      catalogue: (ctx, { helpCenterId }) => calls.catalogue(ctx, helpCenterId),
      ofUser: (ctx, userId, { helpCenterId }) => calls.ofUser(ctx, userId, helpCenterId),
      add: (ctx, userId, ids, { helpCenterId }) => calls.add(ctx, userId, helpCenterId, ids),
      remove: (ctx, userId, ids, { helpCenterId }) => calls.remove(ctx, userId, helpCenterId, ids),
    },
  });
