// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { domainLeftMessage } from '@/lib/messages/domain-left';
import contactScript from './index';
import { ACCOUNT_PANEL_GLOBAL, PANEL_GLOBAL } from './panel-global';

const at = (path: string) => `https://desk.zoho.com/agent/acme/support/${path}`;

/** Stands in for the injected panels so the test sees what the content script asks of them. */
function fakePanel(events: string[] = [], key: symbol = PANEL_GLOBAL, label = '') {
  (globalThis as Record<symbol, unknown>)[key] = () => ({
    mount(page: { contactId?: string; accountId?: string; ticketId?: string }, signal: AbortSignal) {
      const id = label + (page.contactId ?? page.accountId ?? `ticket ${page.ticketId}`);
      events.push(`mount ${id}`);
      signal.addEventListener('abort', () => events.push(`abort ${id}`));
      return { unmount: () => events.push(`unmount ${id}`) };
    },
    removeAll: () => events.push(`removeAll${label && ` ${label.trim()}`}`),
  });
  return events;
}

/** Moves like Desk's router on back/forward, then lets the panel's first load (a resolved promise here) land. */
async function moveTo(url: string) {
  history.pushState({}, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(at('tickets'));
});

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[PANEL_GLOBAL];
  delete (globalThis as Record<symbol, unknown>)[ACCOUNT_PANEL_GLOBAL];
  fakeBrowser.runtime.id = 'test-extension-id';
});

describe('the content script', () => {
  it('shows one view per contact or ticket and clears the page when the agent leaves them', async () => {
    const events = fakePanel();
    await contactScript.main();
    expect(events).toEqual([]);

    await moveTo(at('contacts/details/1'));
    await moveTo(at('contacts/details/1/history'));
    await moveTo(at('contacts/details/2'));
    await moveTo(at('tickets/details/5'));
    await moveTo(at('tickets/details/5/conversation'));
    await moveTo(at('tickets/list/open'));
    expect(events).toEqual([
      'mount 1', 'abort 1', 'unmount 1', 'mount 2', 'abort 2', 'unmount 2', 'mount ticket 5', 'abort ticket 5', 'unmount ticket 5', 'removeAll',
    ]);
  });

  it('stands down quietly once the extension behind it is gone (updated or removed)', async () => {
    const events = fakePanel();
    await contactScript.main();
    await moveTo(at('contacts/details/1'));
    expect(events).toEqual(['mount 1']);

    (fakeBrowser.runtime as { id?: string }).id = undefined;
    await moveTo(at('contacts/details/2'));
    expect(events).toEqual(['mount 1', 'abort 1', 'unmount 1', 'removeAll']);

    await moveTo(at('contacts/details/3'));
    expect(events).toHaveLength(4);
  });

  it('mounts the account panel on account pages, the contact panel on contact pages, one view at a time', async () => {
    const events: string[] = [];
    fakePanel(events);
    fakePanel(events, ACCOUNT_PANEL_GLOBAL, 'account ');
    await contactScript.main();
    await moveTo(at('contacts/details/1'));
    await moveTo(at('accounts/details/9'));
    await moveTo(at('accounts/details/9/contacts'));
    await moveTo(at('contacts/details/1'));
    await moveTo(at('setup'));
    expect(events).toEqual([
      'mount 1',
      'abort 1',
      'unmount 1',
      'removeAll',
      'mount account 9',
      'removeAll', // a tab of the same account: the contact panel is told again (a no-op once it is gone)
      'abort account 9',
      'unmount account 9',
      'removeAll account',
      'mount 1',
      'abort 1',
      'unmount 1',
      'removeAll',
      'removeAll account',
    ]);
  });
});

describe('the content script on an org’s own Desk domain', () => {
  const custom = (path: string) => `https://support.example.test/agent/acme/support/${path}`;

  it('asks the background which domain it is on and detects with the account’s data center', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(custom('contacts/details/7'));
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as { kind: string };
      asked.push(message.kind);
      return Promise.resolve({ ok: true, data: message.kind === 'site.get' ? { host: 'support.example.test', dataCenter: 'eu' } : null });
    });
    const events = fakePanel();
    await contactScript.main();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual(['site.get']);
    expect(events).toEqual(['mount 7']);
  });

  it('takes its panel away when the domain is removed or revoked, and not for another domain', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(custom('contacts/details/7'));
    const events = fakePanel();
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) =>
      Promise.resolve({ ok: true, data: (raw as { kind: string }).kind === 'site.get' ? { host: 'support.example.test', dataCenter: 'eu' } : null }),
    );
    await contactScript.main();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual(['mount 7']);

    // What the background's tabs.sendMessage delivers to the tab; a web page cannot send as the extension.
    const own = { id: fakeBrowser.runtime.id };
    await fakeBrowser.runtime.onMessage.trigger(domainLeftMessage(['other.example.test']), own);
    await fakeBrowser.runtime.onMessage.trigger(domainLeftMessage(['support.example.test']), { id: 'another-extension' });
    expect(events).toEqual(['mount 7']);
    await fakeBrowser.runtime.onMessage.trigger(domainLeftMessage(['support.example.test']), own);
    expect(events).toEqual(['mount 7', 'abort 7', 'unmount 7', 'removeAll']);
    // Gone for good in this page: Desk's router moving on mounts nothing.
    await moveTo(custom('contacts/details/8'));
    expect(events.filter((event) => event.startsWith('mount'))).toEqual(['mount 7']);
  });

  it('shows nothing where the background knows no such domain', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(custom('contacts/details/7'));
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, data: null }));
    const events = fakePanel();
    await contactScript.main();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual([]);
  });
});
