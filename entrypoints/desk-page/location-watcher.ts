/**
 * Calls `onMove` with each URL the tab moves to without a reload. Desk is a single-page app: the contact page is
 * usually reached by the router's pushState, which no event announces to a content script except the Navigation
 * API's `navigate` (Chromium, and Firefox since it shipped the API). It fires before location.href changes, so
 * its destination is the truth. Where that API is missing, a look at location.href once a second catches
 * pushState, as WXT's own watcher does; popstate and hashchange catch back/forward and anchors at once.
 */
export function watchLocation(onMove: (url: string) => void, signal: AbortSignal): void {
  const { navigation, Navigation } = globalThis as { navigation?: EventTarget; Navigation?: unknown };
  // Checked by its class, not by shape: a page element with id="navigation" also has addEventListener.
  if (typeof Navigation === 'function' && navigation instanceof Navigation) {
    navigation.addEventListener(
      'navigate',
      (event) => onMove((event as Event & { destination: { url: string } }).destination.url),
      { signal },
    );
  } else {
    let last = location.href;
    const poll = setInterval(() => {
      if (location.href === last) return;
      last = location.href;
      onMove(last);
    }, 1_000);
    signal.addEventListener('abort', () => clearInterval(poll), { once: true });
  }
  addEventListener('popstate', () => onMove(location.href), { signal });
  addEventListener('hashchange', () => onMove(location.href), { signal });
}
