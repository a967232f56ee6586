import { browser } from 'wxt/browser';

// UI preferences live in storage.sync: they follow the agent across machines, and unlike storage.local
// (locked to trusted contexts because it holds the refresh token) the content script may read them.
// A hand-rolled item rather than @wxt-dev/storage: one boolean does not justify 3 KB gzip in every Desk tab.

const KEY = 'panelCollapsed';

export const panelCollapsed = {
  async getValue(): Promise<boolean> {
    const stored = await browser.storage.sync.get(KEY);
    return stored[KEY] === true;
  },
  async setValue(collapsed: boolean): Promise<void> {
    await browser.storage.sync.set({ [KEY]: collapsed });
  },
  /** Calls back when another tab changes the preference; returns the unsubscribe. */
  watch(onChange: (collapsed: boolean) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && KEY in changes) onChange(changes[KEY]!.newValue === true);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
