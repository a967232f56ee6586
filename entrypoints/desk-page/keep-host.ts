import { browser } from 'wxt/browser';

/**
 * Keeps the panel's host in the page while Desk rebuilds it. A module switch gives Desk a new <body>; the host is
 * a child of <html>, beside body, so that leaves it alone, but a framework that re-renders its whole document
 * shell drops every node it did not create. Then this very host goes straight back, shadow tree, Preact state
 * and loaded data with it: the agent sees what they saw, and nothing is asked of Zoho again. A MutationObserver
 * on <html>'s children only (not the subtree): Desk's own re-rendering costs it nothing.
 * Returns the stop function.
 */
export function keepHost(host: HTMLElement, standDown: () => void): () => void {
  const check = () => {
    // An update or removal of the extension leaves this copy without a background (Chromium): it takes the
    // panel, and with it the room it made, away rather than putting it back.
    if (!browser.runtime?.id) return standDown();
    const root = document.documentElement;
    if (host.parentNode !== root) root.append(host);
    observer.observe(root, { childList: true });
  };
  const observer = new MutationObserver(check);
  // The document too: a new <html> element is a rebuild of everything.
  observer.observe(document, { childList: true });
  check();
  // An agent who disabled the extension and comes back to the tab finds Desk as it was.
  document.addEventListener('visibilitychange', check);
  return () => {
    observer.disconnect();
    document.removeEventListener('visibilitychange', check);
  };
}
