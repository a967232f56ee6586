import { storage } from '@wxt-dev/storage';
import { domainAgentPages, domainOrigin, domainScriptId, hostOfScriptId, normalizeDeskDomain } from '../custom-domains';
import { domainLeftMessage } from '../messages/domain-left';
import { STORAGE_KEYS } from '../storage-keys';

/** The parts of the extension API this needs: browser.permissions, browser.scripting and browser.tabs. */
export interface DomainApis {
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
    onRemoved: { addListener(listener: (permissions: { origins?: string[] }) => void): void };
    onAdded: { addListener(listener: (permissions: { origins?: string[] }) => void): void };
  };
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string }>>;
    registerContentScripts(scripts: Array<{ id: string; matches: string[]; js: string[]; runAt: 'document_idle' }>): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
  tabs: {
    query(query: Record<string, never>): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

/** The hosts the agent added on the options page (managed ones come from the policy, not from here). */
export const customDomainsItem = storage.defineItem<string[]>(STORAGE_KEYS.customDomains, { fallback: [] });

/**
 * Keeps the content script registered on exactly the custom Desk domains that are listed and whose origin the
 * browser has granted: a domain removed from the list, or whose permission the agent revoked in the browser's
 * own settings, loses its script (and, when removed from the list, its permission).
 */
export function createCustomDomains(apis: DomainApis, policyDomains: () => Promise<string[]> = async () => []) {
  let syncing: Promise<void> = Promise.resolve();

  async function wanted(): Promise<string[]> {
    const listed = [...(await customDomainsItem.getValue()), ...(await policyDomains())];
    const hosts = [...new Set(listed.map(normalizeDeskDomain).filter((host): host is string => Boolean(host)))];
    const granted = await Promise.all(hosts.map((host) => apis.permissions.contains({ origins: [domainOrigin(host)] })));
    return hosts.filter((_, index) => granted[index]);
  }

  async function syncOnce() {
    const want = new Set(await wanted());
    const have = new Set(
      (await apis.scripting.getRegisteredContentScripts()).flatMap((script) => {
        const host = hostOfScriptId(script.id);
        return host ? [host] : [];
      }),
    );
    const stale = [...have].filter((host) => !want.has(host));
    const missing = [...want].filter((host) => !have.has(host));
    if (stale.length) {
      await apis.scripting.unregisterContentScripts({ ids: stale.map(domainScriptId) });
      // Not awaited: a tab slow to answer must not hold up the next sync.
      void standDownIn(stale).catch(() => undefined);
    }
    if (missing.length) {
      await apis.scripting.registerContentScripts(
        missing.map((host) => ({ id: domainScriptId(host), matches: [domainAgentPages(host)], js: ['desk-page.js'], runAt: 'document_idle' })),
      );
    }
  }

  /**
   * Tells the copies of the script already running on these hosts to take their panels away. Every tab is told:
   * without the origin (revoked) the browser no longer says which tabs are on it, and a tab without our script
   * refuses the message.
   */
  async function standDownIn(hosts: string[]) {
    const tabs = await apis.tabs.query({});
    const message = domainLeftMessage(hosts);
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : apis.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined))));
  }

  /** One sync at a time: two overlapping ones would register the same id twice, which the browser refuses. */
  function sync(): Promise<void> {
    syncing = syncing.then(syncOnce, syncOnce);
    return syncing;
  }

  return {
    sync,
    /** The hosts whose content script is registered now: the only custom origins whose messages are answered. */
    async registeredHosts(): Promise<Set<string>> {
      const scripts = await apis.scripting.getRegisteredContentScripts();
      return new Set(scripts.flatMap((script) => hostOfScriptId(script.id) ?? []));
    },
    /** After the options page was granted the domain's origin (the request needs the agent's click, there). */
    async add(input: string): Promise<string | undefined> {
      const host = normalizeDeskDomain(input);
      if (!host || !(await apis.permissions.contains({ origins: [domainOrigin(host)] }))) return undefined;
      const listed = await customDomainsItem.getValue();
      if (!listed.includes(host)) await customDomainsItem.setValue([...listed, host]);
      await sync();
      return host;
    },
    async remove(host: string): Promise<void> {
      await customDomainsItem.setValue((await customDomainsItem.getValue()).filter((listed) => listed !== host));
      await apis.permissions.remove({ origins: [domainOrigin(host)] }).catch(() => false);
      await sync();
    },
    /** The browser's own UI can revoke an origin at any time: the domain then leaves the list too. */
    listen() {
      apis.permissions.onRemoved.addListener(({ origins = [] }) => {
        void (async () => {
          const listed = await customDomainsItem.getValue();
          const kept = listed.filter((host) => !origins.includes(domainOrigin(host)));
          if (kept.length !== listed.length) await customDomainsItem.setValue(kept);
          await sync();
        })();
      });
      apis.permissions.onAdded.addListener(() => void sync());
    },
  };
}
