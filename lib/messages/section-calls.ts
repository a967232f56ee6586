import * as z from 'zod/mini';
import { userSets } from '../sections';
import type { AnyUserSet } from '../sections/user-set-declaration';
import { userSetKinds, type Where } from '../sections/user-set';
import { orgRefSchema, writeCheckSchema, writeReplySchema, zohoId, type OrgRef, type WriteCheck, type WriteReply } from './shapes';

// The protocol's kinds of every "user's set" section, derived from its declaration (lib/sections/): a user's
// set, a catalogue, and the add and remove that answer with the user's set after them.

interface Call<Request, Reply> {
  request: z.ZodMiniType<Request>;
  reply: z.ZodMiniType<Reply>;
}

type ItemOf<D> = D extends { item: z.ZodMiniType<infer T> } ? T : never;
type OwnedRequest<D extends AnyUserSet> = { org: OrgRef; userId: string } & Where<D['owned']>;

type UserSetCalls<D extends AnyUserSet> = Record<`${D['name']}.ofUser`, Call<OwnedRequest<D>, Array<ItemOf<D>>>> &
  Record<`${D['name']}.catalogue`, Call<{ org: OrgRef } & Where<D['catalogue']>, Array<ItemOf<D>>>> &
  Record<
    `${D['name']}.add` | `${D['name']}.remove`,
    Call<OwnedRequest<D> & { ids: string[]; check?: WriteCheck }, WriteReply<Array<ItemOf<D>>>>
  >;

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Each<D> = D extends AnyUserSet ? UserSetCalls<D> : never;
export type SectionCalls = Intersection<Each<(typeof userSets)[number]>>;

const ids = z.array(zohoId).check(z.minLength(1), z.maxLength(50));
const where = (scope: AnyUserSet['owned']) => (scope === 'helpCenter' ? { helpCenterId: zohoId } : {});

function userSetCalls(set: AnyUserSet) {
  const kinds = userSetKinds(set.name);
  const owned = { org: orgRefSchema, userId: zohoId, ...where(set.owned) };
  const list = z.array(set.item);
  const after = writeReplySchema(list);
  const write = { request: z.strictObject({ ...owned, ids, check: z.optional(writeCheckSchema) }), reply: after };
  return {
    [kinds.ofUser]: { request: z.strictObject(owned), reply: list },
    [kinds.catalogue]: { request: z.strictObject({ org: orgRefSchema, ...where(set.catalogue) }), reply: list },
    [kinds.add]: write,
    [kinds.remove]: write,
  };
}

export const sectionCalls = Object.assign({}, ...userSets.map(userSetCalls)) as SectionCalls;
