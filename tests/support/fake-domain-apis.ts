// In-memory browser.permissions, browser.scripting and browser.tabs, as far as custom Desk domains use them: the
// fake browser WXT ships leaves the first two unimplemented. Like the browser, registering an id twice is refused,
// and a message to a tab without our content script is refused.
import type { DomainApis } from '../../lib/background/custom-domains';

type Listener = (permissions: { origins?: string[] }) => void;

/** `tabs`: the open tabs, each with the host it shows or null when our content script is not in it. */
export function fakeDomainApis(tabs: Record<number, string | null> = {}) {
  /** What each tab's content script was sent, tab by tab. */
  const received: Array<{ tabId: number; host: string; message: unknown }> = [];
  const granted = new Set<string>();
  const scripts = new Map<string, { id: string; matches: string[]; js: string[]; runAt: 'document_idle' }>();
  const removedListeners: Listener[] = [];
  const addedListeners: Listener[] = [];
  const apis: DomainApis = {
    permissions: {
      contains: async ({ origins }) => origins.every((origin) => granted.has(origin)),
      remove: async ({ origins }) => {
        const had = origins.filter((origin) => granted.delete(origin));
        if (had.length) for (const listener of removedListeners) listener({ origins: had });
        return had.length > 0;
      },
      onRemoved: { addListener: (listener) => void removedListeners.push(listener) },
      onAdded: { addListener: (listener) => void addedListeners.push(listener) },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...scripts.values()].map((script) => ({ ...script })),
      registerContentScripts: async (list) => {
        for (const script of list) if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        for (const script of list) scripts.set(script.id, { ...script });
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) scripts.delete(id);
      },
    },
    tabs: {
      // Without the tabs permission the browser gives ids, no URLs.
      query: async () => Object.keys(tabs).map((id) => ({ id: Number(id) })),
      sendMessage: async (tabId, message, { frameId }) => {
        const host = tabs[tabId];
        if (!host || frameId !== 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        received.push({ tabId, host, message });
        return undefined;
      },
    },
  };
  return {
    apis,
    scripts,
    received,
    granted,
    /** What the options page's permissions.request does when the agent accepts. */
    grant(origin: string) {
      granted.add(origin);
      for (const listener of addedListeners) listener({ origins: [origin] });
    },
    /** What the browser's own extension settings do: the origin goes, the extension is told. */
    revokeInBrowser(origin: string) {
      granted.delete(origin);
      for (const listener of removedListeners) listener({ origins: [origin] });
    },
  };
}
