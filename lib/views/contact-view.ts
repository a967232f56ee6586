import type { Membership, OrgRef } from '../messages/shapes';
import { userSetKinds, userSetPlaces, type UserSetShape } from '../sections/user-set';

// The reads of a contact view (or of a ticket's requester), described once: which reads a view needs, given
// what it knows so far. The background runs it when a view opens, answering each read as soon as what it needs is
// known (lib/messages/view-stream.ts); the panel runs it when a write or a Retry makes more known (a new
// help-center user's sets). Pure: no Zoho, no messages, no zod.

/** One read of a view: a protocol kind and its request. */
export interface ViewRead {
  kind: string;
  payload: Record<string, unknown>;
  /** The org's reference data (the sign-in, its help centers, a catalogue), not the record's: mostly held already. */
  reference?: true;
}

/** What a view knows: its page's record, and the answers it waits on to know more. */
export interface ViewFacts {
  org: OrgRef;
  /** A ticket page's ticket: its requester is looked up first. */
  ticketId?: string;
  /** The contact, once known (a ticket's requester is known after its lookup). */
  contactId?: string;
  /** The contact's help-center memberships, once answered: they say which users' sets to read. */
  memberships?: Membership[];
}

/**
 * Every read the view needs that `facts` allow: the ticket's requester, or the contact, its memberships and its
 * duplicates, with the sign-in's state, the org's help centers and the org-wide catalogues; then, once the
 * memberships are in, each user's sets and the catalogues kept per help center. The record's own reads come
 * first: they are the ones that wait on Zoho, the org's are mostly held already. Calling it again with more facts
 * repeats the earlier reads, and two users in one help center need its catalogue twice: whoever runs it makes
 * each read once.
 */
export function contactViewReads(facts: ViewFacts, sets: readonly UserSetShape[]): ViewRead[] {
  const { org, contactId, memberships } = facts;
  const reads: ViewRead[] = [];
  if (facts.ticketId !== undefined) reads.push({ kind: 'ticket.contact', payload: { org, ticketId: facts.ticketId } });
  if (contactId !== undefined) {
    reads.push(
      { kind: 'contact.get', payload: { org, contactId } },
      { kind: 'contact.helpCenters', payload: { org, contactId } },
      { kind: 'duplicates.find', payload: { org, contactId } },
    );
  }
  reads.push({ kind: 'session.get', payload: {}, reference: true }, { kind: 'helpCenters.list', payload: { org }, reference: true });
  for (const set of sets) if (set.catalogue === 'org') reads.push({ kind: userSetKinds(set.name).catalogue, payload: { org }, reference: true });
  if (contactId === undefined || memberships === undefined) return reads;
  for (const set of sets) {
    const kinds = userSetKinds(set.name);
    for (const user of usersOf(memberships)) {
      for (const place of userSetPlaces(set, org, user.userId, user.memberships)) {
        reads.push({ kind: kinds.ofUser, payload: place.owned }, ...place.catalogues.map((payload) => ({ kind: kinds.catalogue, payload, reference: true as const })));
      }
    }
  }
  return reads;
}

/** A read's identity: the same kind and request are one read. */
export const keyOfRead = (read: ViewRead) => `${read.kind} ${JSON.stringify(read.payload)}`;

/** A help-center user of the contact: one userId, possibly in several help centers. */
export interface HelpCenterUser {
  userId: string;
  memberships: Membership[];
}

export function usersOf(memberships: Membership[]): HelpCenterUser[] {
  const byUser = new Map<string, HelpCenterUser>();
  for (const membership of memberships) {
    const user = byUser.get(membership.userId) ?? { userId: membership.userId, memberships: [] };
    user.memberships.push(membership);
    byUser.set(membership.userId, user);
  }
  return [...byUser.values()];
}
