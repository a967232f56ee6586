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
 * posted, and answers held already (catalogues, the org's help centers) are posted once this turn's calls to Zoho
 * have left, not in their way.
 */
export async function streamView(
  request: CallRequest<'view.open'>,
  answer: (read: ViewRead) => Promise<ReplyEnvelope>,
  post: (part: ViewPart) => void,
): Promise<CallReply<'view.open'>> {
  const started = new Set<string>();
  const running: Array<Promise<void>> = [];
  const run = (facts: ViewFacts) => {
    let sameTurn = true;
    const turnOver = new Promise<void>((resolve) => setTimeout(resolve)).then(() => (sameTurn = false));
    for (const read of contactViewReads(facts, userSets)) {
      const key = keyOfRead(read);
      if (started.has(key)) continue;
      started.add(key);
      running.push(
        answer(read).then(async (reply) => {
          if (reply.ok && read.kind === 'ticket.contact') run({ ...facts, contactId: (reply.data as { contactId: string }).contactId });
          if (reply.ok && read.kind === 'contact.helpCenters') run({ ...facts, memberships: reply.data as CallReply<'contact.helpCenters'> });
          if (sameTurn) await turnOver;
          post({ ...read, reply });
        }),
      );
    }
  };
  run(request);
  // Reads started by an answer join the list while it is walked.
  for (let index = 0; index < running.length; index += 1) await running[index];
  return null;
}
