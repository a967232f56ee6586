import type { SenderInfo } from '../messages/router';
import type { OrgContext } from '../zoho/context';
import type { ContactCache } from './contact-cache';
import type { BackgroundServices, FeatureHandlers } from './services';

/**
 * Starts every Desk read a contact view will ask for, each the moment what it needs is known: the contact, its
 * help-center memberships and its duplicates at once, and as soon as the memberships are in, each user's badges
 * and labels and each help center's labels. The panel still asks for each of them (its sections read their own
 * answers); those requests find the read under way, so no read of the view waits for a trip through the page
 * and none is made twice. Only a view's opening does this: a write reads back what it changed, nothing more.
 * Failures are left to the panel's own reads to report.
 */
export function warmContactView(contacts: ContactCache, ctx: OrgContext, sender: SenderInfo, contactId: string): void {
  const ignore = () => {};
  contacts.contactOf(ctx, sender, contactId).catch(ignore);
  contacts.duplicatesOf(ctx, sender, contactId).catch(ignore);
  contacts.membershipsOf(ctx, sender, contactId).then((memberships) => {
    for (const userId of new Set(memberships.map((membership) => membership.userId))) {
      contacts.badgesOf(ctx, sender, userId).catch(ignore);
      contacts.labelsOf(ctx, sender, userId).catch(ignore);
    }
    for (const helpCenterId of new Set(memberships.map((membership) => membership.helpCenter.id))) {
      contacts.labelCatalogue(ctx, helpCenterId).catch(ignore);
    }
  }, ignore);
}

export function contactViewHandlers({ resolveOrg, contacts }: BackgroundServices): FeatureHandlers<'contact.open'> {
  return {
    'contact.open': async ({ org, contactId }, sender) => {
      warmContactView(contacts, await resolveOrg(org), sender, contactId);
      return null;
    },
  };
}
