import type { ItemResult, Membership, OrgRef, WriteCheck, WriteReply } from '../messages/protocol';
import type { SenderInfo } from '../messages/router';
import { statusCategory } from '../messages/user-status';
import { approveInvite, getContactHelpCenters, inviteContact, rejectInvite } from '../zoho/contacts';
import type { OrgContext } from '../zoho/context';
import { setUserStatus } from '../zoho/users';
import { success, writeWithState, type StateWrite } from './read-back';
import type { BackgroundServices, FeatureHandlers } from './services';

const categoryIn = (memberships: Membership[], helpCenterId: string) =>
  statusCategory(memberships.find((membership) => membership.helpCenter.id === helpCenterId)?.userStatus);

/** The memberships with `status` set where `which` holds. */
const withStatus = (memberships: Membership[], which: (membership: Membership) => boolean, status: string) =>
  memberships.map((membership) => (which(membership) ? { ...membership, userStatus: status } : membership));


export function helpCenterWriteHandlers({ resolveOrg, contacts }: BackgroundServices): FeatureHandlers<
  'helpCenters.approve' | 'helpCenters.reject' | 'helpCenters.invite' | 'users.setStatus'
> {
  /** A write to a contact's help-center memberships, answered with the memberships after it. */
  async function changeMemberships(
    org: OrgRef,
    sender: SenderInfo,
    contactId: string,
    write: (ctx: OrgContext) => Pick<StateWrite<Membership[]>, 'ids' | 'send' | 'done' | 'derive'> & { check?: WriteCheck },
  ): Promise<WriteReply<Membership[]>> {
    const ctx = await resolveOrg(org);
    return writeWithState({
      ...write(ctx),
      ctx,
      read: (readCtx) => getContactHelpCenters(readCtx, contactId),
      ...contacts.writeTarget<Membership[]>(ctx, sender, ['contactHelpCenters', contactId]),
    });
  }

  /**
   * Approve and reject: one mass call for any number of help centers. Zoho's per-item answer says which were
   * done; only an approval also says the status it leaves (a rejected user is dropped or kept under another
   * status, so its state is read).
   */
  const decide =
    (send: typeof approveInvite, done: (state: Membership[], id: string) => boolean, after: string | null) =>
    ({ org, contactId, helpCenterIds, check }: { org: OrgRef; contactId: string; helpCenterIds: string[]; check?: WriteCheck }, sender: SenderInfo) =>
      changeMemberships(org, sender, contactId, (ctx) => ({
        ids: helpCenterIds,
        check,
        send: (ids) => send(ctx, contactId, ids),
        done,
        derive: (before, succeeded) => (after === null ? undefined : withStatus(before, (m) => succeeded.includes(m.helpCenter.id), after)),
      }));

  return {
    'helpCenters.approve': decide(approveInvite, (state, id) => categoryIn(state, id) === 'active', 'ACTIVE'),
    'helpCenters.reject': decide(rejectInvite, (state, id) => categoryIn(state, id) !== 'pending', null),
    'helpCenters.invite': ({ org, contactId, helpCenterId, check }, sender) =>
      changeMemberships(org, sender, contactId, (ctx) => ({
        ids: [helpCenterId],
        check,
        send: async () => (await inviteContact(ctx, contactId, helpCenterId), [success(helpCenterId)]),
        // A re-invite sends the mail again and leaves the user as it was; a first one creates a user Zoho names.
        done: (state) => categoryIn(state, helpCenterId) !== 'none',
        derive: (before) => (categoryIn(before, helpCenterId) === 'invited' ? before : undefined),
      })),
    'users.setStatus': ({ org, contactId, userId, helpCenterId, status, check }, sender) => {
      let answered: string | null = null;
      // That help center only: the user's membership in another keeps its status.
      const mine = (membership: Membership) => membership.userId === userId && membership.helpCenter.id === helpCenterId;
      const wanted = status === 'ACTIVE' ? 'active' : 'deactivated';
      return changeMemberships(org, sender, contactId, (ctx) => ({
        ids: [userId],
        check,
        send: async () => ((answered = await setUserStatus(ctx, userId, helpCenterId, status)), [success(userId)]),
        done: (state) => state.some(mine) && state.filter(mine).every((m) => statusCategory(m.userStatus) === wanted),
        // Zoho answers with the user, its status included.
        derive: (before) => (answered === null ? undefined : withStatus(before, mine, answered)),
      }));
    },
  };
}
