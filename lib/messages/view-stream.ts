import { userSets } from '../sections';
import { contactViewReads, keyOfRead, type ViewFacts, type ViewRead } from '../views/contact-view';
import type { ViewPart } from './call';
import type { CallReply, CallRequest } from './protocol';
import type { ReplyEnvelope } from './router';

/**
 * Runs the view's reads (lib/views/contact-view.ts), each the moment what it needs is known, and posts each answer
 * as it arrives: the ticket's requester makes the contact's reads known, the memberships the users' sets. Every
 * read is made once. Resolves once every part is posted.
 *
 * The view waits on Zoho, not on what is held already: an answer starts the reads it makes known before it is
 * posted, and the org's reference reads (mostly held: their answers are checked and posted at once) start once
 * this turn's reads of the record have left for Zoho, not in their way.
 */
export async function streamView(
  request: CallRequest<'view.open'>,
  answer: (read: ViewRead) => Promise<ReplyEnvelope>,
  post: (part: ViewPart) => void,
): Promise<CallReply<'view.open'>> {
  const started = new Set<string>();
  const running: Array<Promise<void>> = [];
  const start = (read: ViewRead, facts: ViewFacts) =>
    answer(read).then((reply) => {
      if (reply.ok && read.kind === 'ticket.contact') run({ ...facts, contactId: (reply.data as { contactId: string }).contactId });
      if (reply.ok && read.kind === 'contact.helpCenters') run({ ...facts, memberships: reply.data as CallReply<'contact.helpCenters'> });
      post({ kind: read.kind, payload: read.payload, reply });
    });
  const run = (facts: ViewFacts) => {
    const reference: ViewRead[] = [];
    for (const read of contactViewReads(facts, userSets)) {
      const key = keyOfRead(read);
      if (started.has(key)) continue;
      started.add(key);
      if (read.reference) reference.push(read);
      else running.push(start(read, facts));
    }
    if (reference.length > 0) {
      running.push(new Promise((resolve) => setTimeout(resolve)).then(() => void running.push(...reference.map((read) => start(read, facts)))));
    }
  };
  run(request);
  // Reads started by an answer join the list while it is walked.
  for (let index = 0; index < running.length; index += 1) await running[index];
  return null;
}
