import { render } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { Panel } from '@/components/Panel/Panel';
import { DEMO } from '@/fake-zoho/worlds';
import type { CallBackground } from '@/lib/messages/call';
import { parseContactPage, type ContactPage } from '@/lib/page/desk-pages';
// Registers the same per-test cleanup as the other panel tests.
import './render-panel';
import { deskTab, useHarness, type Harness } from './zoho-harness';

/** Every call crosses the router, the background and the fake's HTTPS server: on a loaded machine that takes a while. */
export const LOADED = 20_000;

export interface OnFake {
  page: ContactPage;
  api: CallBackground;
  /** Resolves once every call made through `api` so far has had its answer handed back (the panel may drop it). */
  answered(): Promise<void>;
}

/**
 * The contact page of `contactId` in the default world's acme org (or the Desk page `url`), and the panel's api as
 * a tab on it would call.
 */
export function contactOnFake(h: Harness, contactId: string = DEMO.contacts.pending, url = DEMO.contactUrl('desk.zoho.com', contactId)): OnFake {
  const page = parseContactPage(url);
  if (!page) throw new Error(`${url} is not a contact page`);
  const inFlight = new Set<Promise<unknown>>();
  const api: CallBackground = (kind, payload, signal, onPart) => {
    // A port delivers nothing after the view that opened it closed it.
    const reply = h.call(kind, payload, deskTab(url), onPart && ((part) => signal?.aborted || onPart(part)));
    inFlight.add(reply);
    void reply.finally(() => inFlight.delete(reply)).catch(() => undefined);
    return reply;
  };
  async function answered() {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    // The panel's own continuation of the last answer runs after it.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { page, api, answered };
}

/**
 * The panel against the real fake Zoho, with nothing of ours mocked: the panel's calls go through the message
 * router and the background's handlers, signed in through the fake accounts server, to the fake's Desk API,
 * which validates every request against Zoho's spec and keeps the state. Tests assert what the agent sees and
 * what the fake received (`h.fake.control.log()`).
 */
export function usePanelOnFake() {
  const h = useHarness();
  const rendered: OnFake[] = [];
  beforeEach(() => h.connect());
  // A panel unmounted mid-load still has calls on their way: they end within the test, so that none of them
  // lands in the next test's fake (its log, its reset tokens).
  afterEach(async () => {
    for (const panel of rendered.splice(0)) await panel.answered();
  });

  /**
   * `around` wraps the panel's api, for what only a browser does between the page and the background (dropping
   * an answer when it stops the service worker, a missing receiver).
   */
  function renderOnFake(
    contactId: string = DEMO.contacts.pending,
    options: { signal?: AbortSignal; url?: string; around?: (api: CallBackground) => CallBackground } = {},
  ) {
    const onFake = contactOnFake(h, contactId, options.url);
    rendered.push(onFake);
    const { page, api: direct, answered } = onFake;
    const api = options.around ? options.around(direct) : direct;
    const navigate = vi.fn<(url: string) => void>();
    const controller = new AbortController();
    const view = render(<Panel page={page} api={api} navigate={navigate} signal={options.signal ?? controller.signal} />);
    return { ...view, navigate, controller, page, answered };
  }

  /** The fake's log entries for one route (a DeskApi route key such as "GET /api/v1/badges"). */
  async function requestsTo(route: string) {
    return (await h.fake.control.log()).filter((entry) => entry.route === route);
  }
  return { h, renderOnFake, requestsTo };
}
