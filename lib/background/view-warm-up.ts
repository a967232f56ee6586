import type { Membership } from '../messages/protocol';
import type { SenderInfo } from '../messages/router';
import { userSets } from '../sections';
import { contactViewReads, keyOfRead, type ViewFacts } from '../views/contact-view';
import type { BackgroundServices, FeatureHandlers } from './services';

/**
 * Starts every read a contact view will ask for (lib/views/contact-view.ts), each the moment what it needs is
 * known: the contact, its memberships and its duplicates at once, and as soon as the memberships are in, each
 * user's sets and the catalogues they need. The panel still asks for each of them; those requests find the read
 * under way, so no read of the view waits for a trip through the page and none is made twice. Only a view's
 * opening does this: a write reads back what it changed, nothing more. Failures are left to the panel's own
 * reads to report.
 */
export function warmContactView(services: BackgroundServices, sender: SenderInfo, facts: ViewFacts): void {
  const ignore = () => {};
  for (const read of contactViewReads(facts, userSets)) {
    if (read.kind === 'ticket.contact') continue;
    const answer = services.handle(read.kind, read.payload, sender);
    if (read.kind === 'contact.helpCenters' && facts.memberships === undefined) {
      answer.then((memberships) => warmUsers(services, sender, facts, memberships as Membership[]), ignore);
    } else answer.catch(ignore);
  }
}

/** The reads the memberships add (the earlier ones are found under way or held, and cost nothing). */
function warmUsers(services: BackgroundServices, sender: SenderInfo, facts: ViewFacts, memberships: Membership[]) {
  const before = new Set(contactViewReads(facts, userSets).map(keyOfRead));
  for (const read of contactViewReads({ ...facts, memberships }, userSets)) {
    if (!before.has(keyOfRead(read))) services.handle(read.kind, read.payload, sender).catch(() => {});
  }
}

export function viewWarmUpHandlers(services: BackgroundServices): FeatureHandlers<'contact.open'> {
  return {
    'contact.open': async ({ org, contactId }, sender) => {
      // The org is resolved first: a view on an org that cannot be reached fails here, once.
      await services.resolveOrg(org);
      warmContactView(services, sender, { org, contactId });
      return null;
    },
  };
}
