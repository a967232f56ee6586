import { render } from '@testing-library/preact';
import { beforeEach, vi } from 'vitest';
import { Panel } from '@/components/Panel/Panel';
import { DEMO } from '@/fake-zoho/worlds';
import type { CallBackground } from '@/lib/messages/call';
import { parseContactPage } from '@/lib/page/desk-pages';
// Registers the same per-test cleanup as the other panel tests.
import './render-panel';
import { deskTab, useHarness } from './zoho-harness';

/**
 * The panel against the real fake Zoho, with nothing of ours mocked: the panel's calls go through the message
 * router and the background's handlers, signed in through the fake accounts server, to the fake's Desk API,
 * which validates every request against Zoho's spec and keeps the state. Tests assert what the agent sees and
 * what the fake received (`h.fake.control.log()`).
 */
export function usePanelOnFake() {
  const h = useHarness();
  beforeEach(() => h.connect());

  function renderOnFake(contactId: string = DEMO.contacts.pending) {
    const url = DEMO.contactUrl('desk.zoho.com', contactId);
    const page = parseContactPage(url);
    if (!page) throw new Error(`${url} is not a contact page`);
    const api: CallBackground = (kind, payload) => h.call(kind, payload, deskTab(url));
    const navigate = vi.fn<(url: string) => void>();
    const view = render(<Panel page={page} api={api} navigate={navigate} signal={new AbortController().signal} />);
    return { ...view, navigate };
  }
  return { h, renderOnFake };
}
