import { browser } from 'wxt/browser';
import {
  calls,
  makeError,
  replyEnvelopeSchema,
  type CallKind,
  type CallReply,
  type CallRequest,
  type Reply,
} from './protocol';

export type CallBackground = <K extends CallKind>(
  kind: K,
  payload: CallRequest<K>,
  signal?: AbortSignal,
) => Promise<Reply<CallReply<K>>>;

/**
 * Asks the background for data. Never throws for a failed call: the reply says what went wrong in words the
 * panel can show. Rejects only with an AbortError, so a view the agent has left drops the answer.
 */
export const callBackground: CallBackground = async (kind, payload, signal) => {
  signal?.throwIfAborted();
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ channel: 'desk-companion/v1', kind, payload });
  } catch (error) {
    signal?.throwIfAborted();
    return { ok: false, error: sendFailure(error) };
  }
  signal?.throwIfAborted();
  const envelope = replyEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return { ok: false, error: makeError('internal', 'Desk Companion got an answer it does not understand. Reload the page.') };
  }
  if (!envelope.data.ok) return envelope.data;
  const data = calls[kind].reply.safeParse(envelope.data.data);
  if (!data.success) {
    return { ok: false, error: makeError('internal', 'Desk Companion got an answer it does not understand. Reload the page.') };
  }
  return { ok: true, data: data.data as CallReply<typeof kind> };
};

function sendFailure(error: unknown) {
  const text = error instanceof Error ? error.message : String(error);
  // After an update the old content script is orphaned: nothing is broken, the page just needs a reload.
  if (/context invalidated|Receiving end does not exist/i.test(text)) {
    return makeError('internal', 'Desk Companion was updated or restarted. Reload the page to continue.');
  }
  return makeError('internal', 'Desk Companion could not reach its background service. Reload the page.');
}
