import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { CHANNEL } from './channel';
import { isApiError, makeError } from './errors';
import type { CallKind, CallReply, CallRequest, Reply } from './protocol';

/** One answered read of an opened view (lib/messages/view-stream.ts), as it arrives. */
export interface ViewPart {
  kind: string;
  payload: Record<string, unknown>;
  reply: Reply<unknown>;
}

export type CallBackground = <K extends CallKind>(
  kind: K,
  payload: CallRequest<K>,
  signal?: AbortSignal,
  /** 'view.open' only: each of the view's answers as it arrives, before the call's own reply. */
  onPart?: (part: ViewPart) => void,
) => Promise<Reply<CallReply<K>>>;

/**
 * Asks the background for data. Never throws for a failed call: the reply says what went wrong in words the
 * panel can show. Rejects only with an AbortError, so a view the agent has left drops the answer.
 */
export const callBackground: CallBackground = async (kind, payload, signal, onPart) => {
  signal?.throwIfAborted();
  let raw: unknown;
  try {
    const message = { channel: CHANNEL, kind, payload };
    raw = await (onPart ? stream(message, onPart, signal) : browser.runtime.sendMessage(message));
  } catch (error) {
    signal?.throwIfAborted();
    return { ok: false, error: sendFailure(error) };
  }
  signal?.throwIfAborted();
  // The background parsed this reply with the call's schema before sending it, and only this extension can
  // answer sendMessage: the shape check here guards against version skew after an update, without bundling
  // the schemas (and zod) into every Desk tab.
  if (!isReplyEnvelope(raw)) {
    return { ok: false, error: makeError('internal', t('msgNotUnderstood')) };
  }
  return raw as Reply<CallReply<typeof kind>>;
};

/**
 * A call whose answer comes in parts (a view's): over a port of its own, closed by the reply, by the view's signal
 * or by the browser (the service worker stopped: an error, whatever parts did not come are asked for again).
 */
function stream(message: unknown, onPart: (part: ViewPart) => void, signal?: AbortSignal): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: CHANNEL });
    // Closing a port tells only the other end: the view left, its call ends here.
    const stop = () => {
      port.disconnect();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
    port.onMessage.addListener((received: { part?: ViewPart; reply?: unknown }) => {
      if (received.part && isReplyEnvelope(received.part.reply)) onPart(received.part);
      if (!('reply' in received)) return;
      signal?.removeEventListener('abort', stop);
      port.disconnect();
      resolve(received.reply);
    });
    port.onDisconnect.addListener(() => reject(new Error('channel closed')));
    port.postMessage(message);
  });
}

function sendFailure(error: unknown) {
  const text = error instanceof Error ? error.message : String(error);
  // After an update the old content script is orphaned: nothing is broken, the page just needs a reload.
  if (/context invalidated|Receiving end does not exist/i.test(text)) {
    return makeError('internal', t('msgUpdated'));
  }
  // The browser stopped the service worker while it was working on this call: the next call wakes it again,
  // so no reload is needed, but whether Zoho got a write is unknown (the panel has the background check it).
  if (/channel closed|port closed/i.test(text)) {
    return makeError('answer-lost', t('msgWorkerRestarted'));
  }
  return makeError('internal', t('msgNoBackground'));
}

function isReplyEnvelope(value: unknown): value is { ok: true; data: unknown } | { ok: false; error: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const envelope = value as Record<string, unknown>;
  if (envelope.ok === true) return 'data' in envelope && envelope.data !== undefined;
  return envelope.ok === false && isApiError(envelope.error);
}
