import type { CallError } from '../messages/errors';
import type { Membership } from '../messages/protocol';
import { approveInvite, getContactHelpCenters, inviteContact, rejectInvite } from '../zoho/contacts';
import type { OrgContext } from '../zoho/context';
import { READ_BACK_TIMEOUT_MS } from '../zoho/http';
import { setUserStatus } from '../zoho/users';
import { approved, doneIf, hasStatus, invited, itemsFromState, rejected, writeOrReadBack, type ReadBack } from './read-back';
import type { BackgroundServices, FeatureHandlers } from './services';

export function helpCenterWriteHandlers({ resolveOrg, contacts }: BackgroundServices): FeatureHandlers<
  'helpCenters.approve' | 'helpCenters.reject' | 'helpCenters.invite' | 'users.setStatus'
> {
  /**
   * A write to a contact's help-center memberships: after an uncertain failure Zoho's memberships are read back
   * and `readBack` says what they show; the cached memberships are dropped either way.
   */
  async function changeMemberships<T>(
    ctx: OrgContext,
    contactId: string,
    write: () => Promise<T>,
    readBack: (memberships: Membership[], failure: CallError) => ReadBack<T>,
  ): Promise<T> {
    try {
      return await writeOrReadBack(write, async (failure) => {
        contacts.invalidate(ctx, 'contactHelpCenters', contactId);
        return readBack(await getContactHelpCenters({ ...ctx, timeoutMs: READ_BACK_TIMEOUT_MS }, contactId), failure);
      });
    } finally {
      contacts.invalidate(ctx, 'contactHelpCenters', contactId);
    }
  }

  return {
    'helpCenters.approve': async ({ org, contactId, helpCenterIds }) => {
      const ctx = await resolveOrg(org);
      return changeMemberships(
        ctx,
        contactId,
        () => approveInvite(ctx, contactId, helpCenterIds),
        (memberships, failure) => itemsFromState(helpCenterIds, (id) => approved(memberships, id), failure),
      );
    },
    'helpCenters.reject': async ({ org, contactId, helpCenterIds }) => {
      const ctx = await resolveOrg(org);
      return changeMemberships(
        ctx,
        contactId,
        () => rejectInvite(ctx, contactId, helpCenterIds),
        (memberships, failure) => itemsFromState(helpCenterIds, (id) => rejected(memberships, id), failure),
      );
    },
    'helpCenters.invite': async ({ org, contactId, helpCenterId }) => {
      const ctx = await resolveOrg(org);
      return changeMemberships(
        ctx,
        contactId,
        () => inviteContact(ctx, contactId, helpCenterId),
        (memberships) => doneIf(invited(memberships, helpCenterId), null),
      );
    },
    'users.setStatus': async ({ org, contactId, userId, status }) => {
      const ctx = await resolveOrg(org);
      return changeMemberships(
        ctx,
        contactId,
        () => setUserStatus(ctx, userId, status),
        (memberships) => doneIf(hasStatus(memberships, userId, status), null),
      );
    },
  };
}
