import {
  calls,
  envelopeSchema,
  extensionPageOnlyKinds,
  makeError,
  type ApiError,
  type CallKind,
  type CallReply,
  type CallRequest,
} from './protocol';
import { CallError } from './errors';
import type { ViewPart } from './call';
import { streamView } from './view-stream';
import type { SenderTrust } from './trusted-sender';
import { t } from '../i18n';

export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Every kind but 'view.open', which the router answers itself from the view's reads. */
export type Handlers = {
  [K in Exclude<CallKind, 'view.open'>]: (request: CallRequest<K>, sender: SenderInfo) => Promise<CallReply<K>>;
};

export type ReplyEnvelope = { ok: true; data: unknown } | { ok: false; error: ApiError };

/**
 * Turns a raw runtime message into exactly one handler call, or a refusal. A message that is not ours, is
 * malformed, comes from an untrusted sender, or asks a content script cannot ask for (extensionPageOnlyKinds)
 * is answered with an error and reaches no handler. 'view.open' (over a port, which gives `post`) is answered by
 * each of the view's reads in turn, each a part of its own, as if the page had asked for it.
 */
export function createRouter(handlers: Handlers, trustOf: (sender: SenderInfo) => SenderTrust | null | Promise<SenderTrust | null>) {
  return async function route(message: unknown, sender: SenderInfo, post?: (part: ViewPart) => void): Promise<ReplyEnvelope> {
    const trust = await trustOf(sender);
    if (trust === null) {
      return { ok: false, error: makeError('bad-message', t('msgUntrustedSender')) };
    }
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) {
      return { ok: false, error: makeError('bad-message', t('msgMalformed')) };
    }
    const kind = envelope.data.kind;
    if (trust !== 'extension-page' && extensionPageOnlyKinds.has(kind)) {
      return { ok: false, error: makeError('bad-message', t('msgOwnPagesOnly', kind)) };
    }
    if (kind === 'view.open' && !post) return { ok: false, error: makeError('bad-message', t('msgMalformedKind', kind)) };
    return answer(kind, envelope.data.payload, sender, post);
  };

  async function answer(kind: CallKind, payload: unknown, sender: SenderInfo, post?: (part: ViewPart) => void): Promise<ReplyEnvelope> {
    const request = calls[kind].request.safeParse(payload);
    if (!request.success) {
      return { ok: false, error: makeError('bad-message', t('msgMalformedKind', kind)) };
    }
    try {
      const handler =
        kind === 'view.open'
          ? (open: CallRequest<'view.open'>) => streamView(open, (read) => answer(read.kind as CallKind, read.payload, sender), post!)
          : (handlers[kind] as (request: unknown, sender: SenderInfo) => Promise<unknown>);
      const data = await handler(request.data as CallRequest<'view.open'>, sender);
      // Validate our own answer too: a reply the panel would reject is a bug to catch here, not there.
      const reply = calls[kind].reply.safeParse(data);
      if (!reply.success) {
        return { ok: false, error: makeError('unexpected-response', t('msgZohoDataNotUnderstood')) };
      }
      return { ok: true, data: reply.data };
    } catch (error) {
      if (error instanceof CallError) return { ok: false, error: error.apiError };
      return { ok: false, error: makeError('internal', t('msgInternal')) };
    }
  }
}
