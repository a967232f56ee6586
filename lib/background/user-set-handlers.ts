import type { WriteReply } from '../messages/protocol';
import type { SectionCalls } from '../messages/section-calls';
import type { Handlers, SenderInfo } from '../messages/router';
import { userSets } from '../sections';
import { userSetKinds } from '../sections/user-set';
import type { AnyUserSet } from '../sections/user-set-declaration';
import type { OrgContext } from '../zoho/context';
import { writeWithState } from './read-back';
import type { BackgroundServices } from './services';

type Item = { id: string };
interface OwnedRequest {
  org: Parameters<BackgroundServices['resolveOrg']>[0];
  userId: string;
  helpCenterId?: string;
}

/** The handlers of every "user's set" section (lib/sections/), each derived from its declaration. */
export function userSetHandlers(services: BackgroundServices): Pick<Handlers, keyof SectionCalls> {
  return Object.assign({}, ...userSets.map((set) => handlersOf(set as AnyUserSet, services)));
}

function handlersOf(set: AnyUserSet, { resolveOrg, contacts }: BackgroundServices) {
  const kinds = userSetKinds(set.name);
  const ownedWhere = (request: OwnedRequest) => (set.owned === 'helpCenter' ? { helpCenterId: request.helpCenterId! } : {});
  const change =
    (present: boolean) =>
    async (request: OwnedRequest & { ids: string[]; check?: 'only' | 'then-send' }, sender: SenderInfo) =>
      changeUserSet(set, contacts, await resolveOrg(request.org), sender, request, ownedWhere(request), present);
  return {
    [kinds.ofUser]: async (request: OwnedRequest, sender: SenderInfo) =>
      contacts.setOf(await resolveOrg(request.org), sender, set, request.userId, ownedWhere(request)),
    [kinds.catalogue]: async (request: OwnedRequest) =>
      contacts.catalogueOf(await resolveOrg(request.org), set, set.catalogue === 'helpCenter' ? { helpCenterId: request.helpCenterId! } : {}),
    [kinds.add]: change(true),
    [kinds.remove]: change(false),
  };
}

/**
 * Adds items to a user's set or removes them (award/revoke badges, assign/remove labels): one mass call,
 * answered with the user's set after it. A removal's answer tells the set; an addition's does when the catalogue
 * the item came from is held.
 */
function changeUserSet(
  set: AnyUserSet,
  contacts: BackgroundServices['contacts'],
  ctx: OrgContext,
  sender: SenderInfo,
  request: { userId: string; ids: string[]; check?: 'only' | 'then-send' },
  where: { helpCenterId?: string },
  present: boolean,
): Promise<WriteReply<Item[]>> {
  const { userId, ids, check } = request;
  const send = present ? set.desk.add : set.desk.remove;
  return writeWithState<Item[]>({
    ids,
    check,
    ctx,
    read: (readCtx) => set.desk.ofUser(readCtx, userId, where),
    ...contacts.writeTarget<Item[]>(ctx, sender, contacts.setParts(set, userId, where)),
    send: (pending) => send(ctx, userId, pending, where),
    done: (items, id) => items.some((item) => item.id === id) === present,
    derive: (before, succeeded) => {
      const rest = before.filter((item) => !succeeded.includes(item.id));
      if (!present) return rest;
      const added = succeeded.map((id) => before.find((item) => item.id === id) ?? contacts.heldItem(ctx, set, id));
      // Zoho lists a user's items oldest first: the new ones go last.
      return added.every((item) => item !== undefined) ? [...rest, ...(added as Item[])] : undefined;
    },
  });
}
