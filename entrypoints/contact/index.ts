// The only script that runs on every Desk page, so it is kept to what a page that is not a contact page needs:
// parse the URL, listen for the next move, touch nothing else. It is an unlisted script declared in the manifest
// (wxt.config.ts) rather than a WXT content-script entrypoint: with WXT's content-script runtime (extension API
// bindings built at load, a script-started broadcast) a Desk page paid ~1.2 ms of main thread, without it ~0.5 ms,
// and the budget on non-contact pages is 1 ms (`npm run bench`). What that runtime gave is rebuilt here:
// navigation events (location-watcher.ts) and standing down when the extension was updated or removed.
import { browser } from 'wxt/browser';
import { createContactViewController } from '@/lib/page/contact-view';
import { createLazyPanel } from './lazy-panel';
import { watchLocation } from './location-watcher';

export default defineUnlistedScript(() => {
  const lifetime = new AbortController();
  const mounter = createLazyPanel(Symbol('desk-companion'));

  const views = createContactViewController((page, signal) => {
    // An update or removal leaves this copy running in open tabs with no extension behind it (Chromium); it goes
    // quietly at the next contact page. Asked only here: the first touch of the extension API is the costly part.
    if (!browser.runtime?.id) {
      queueMicrotask(standDown);
      return { unmount() {} };
    }
    return mounter.mount(page, signal);
  });

  function standDown() {
    lifetime.abort();
    views.dispose();
    mounter.removeAll();
  }

  const sync = (url: string) => {
    if (lifetime.signal.aborted) return;
    // Off a contact page the panel's host and the page's dock go too, not just the view.
    if (!views.sync(url)) mounter.removeAll();
  };

  watchLocation(sync, lifetime.signal);
  sync(location.href);
});
