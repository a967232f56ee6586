import type { CallBackground, ViewPart } from '@/lib/messages/call';
import type { PanelPage } from '@/lib/page/desk-pages';
import { viewOpening } from '@/lib/views/view-opening';

// A cold contact or ticket page waits for the panel's code to be injected before it could open its view: the
// content script opens the view at once instead, holds the parts that arrive meanwhile, and hands them (and the
// rest of the stream) to the panel when the panel opens that same view.

interface EarlyView {
  key: string;
  parts: ViewPart[];
  onPart?: (part: ViewPart) => void;
  reply: ReturnType<CallBackground>;
  stop: AbortController;
}

/**
 * `open(page, signal)` starts a page's view before its panel is loaded; `api` is the messenger given to the panel:
 * its 'view.open' of that view takes over the stream already under way (once), every other call goes through.
 */
export function createEarlyViews(call: CallBackground) {
  let early: EarlyView | undefined;

  function open(page: PanelPage, signal: AbortSignal) {
    const payload = viewOpening(page);
    // Stopped when the page is left, or when the panel that took the view over leaves it.
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(signal.reason), { once: true });
    const view: EarlyView = { key: JSON.stringify(payload), parts: [], stop, reply: undefined as never };
    view.reply = call('view.open', payload, stop.signal, (part) =>
      view.onPart ? view.onPart(part) : view.parts.push(part),
    );
    view.reply.catch(() => {});
    stop.signal.addEventListener('abort', () => early === view && (early = undefined), { once: true });
    early = view;
  }

  const api: CallBackground = (kind, payload, signal, onPart) => {
    const view = early;
    if (kind !== 'view.open' || !onPart || !view || view.key !== JSON.stringify(payload)) return call(kind, payload, signal, onPart);
    early = undefined;
    if (signal?.aborted) {
      view.stop.abort(signal.reason);
      return Promise.reject(signal.reason);
    }
    signal?.addEventListener('abort', () => view.stop.abort(signal.reason), { once: true });
    view.onPart = onPart;
    view.parts.splice(0).forEach(onPart);
    return view.reply as never;
  };

  return { open, api };
}
