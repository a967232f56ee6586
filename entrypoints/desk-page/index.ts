// The only script that runs on every Desk page, so it is kept to what a page that is not a contact page needs:
// parse the URL, listen for the next move, touch nothing else. It is an unlisted script declared in the manifest
// (wxt.config.ts) rather than a WXT content-script entrypoint: with WXT's content-script runtime (extension API
// bindings built at load, a script-started broadcast) a Desk page paid ~1.2 ms of main thread, without it ~0.5 ms,
// and the budget on non-contact pages is 1 ms (`npm run bench`). What that runtime gave is rebuilt here:
// navigation events (location-watcher.ts) and standing down when the extension was updated or removed.
import { browser } from 'wxt/browser';
import { createViewController, type MountView } from '@/lib/page/view-controller';
import { dataCenterOfDeskHost } from '@/lib/data-centers';
import { callBackground } from '@/lib/messages/call';
import { isDomainLeft } from '@/lib/messages/domain-left';
import { parseAccountPage, parsePanelPage, type CustomDeskSite, type DeskPage } from '@/lib/page/desk-pages';
import { createLazyPanel, type PanelName } from './lazy-panel';
import { watchLocation } from './location-watcher';

/** Every kind of Desk page with a panel: how it is told from its URL, and the panel it gets. A new kind is a record. */
const PAGE_KINDS: ReadonlyArray<{ detect: (url: string | URL, site?: CustomDeskSite) => DeskPage | undefined; panel: PanelName }> = [
  { detect: parsePanelPage, panel: 'contact' },
  { detect: parseAccountPage, panel: 'account' },
];

export default defineUnlistedScript(() => {
  const lifetime = new AbortController();
  const owner = Symbol('desk-companion');

  // An update or removal leaves this copy running in open tabs with no extension behind it (Chromium); it goes
  // quietly at the next contact, ticket or account page. Asked only here: the first touch of the extension API is the
  // costly part.
  const live =
    <P extends DeskPage>(mount: MountView<P>): MountView<P> =>
    (page, signal) => {
      if (browser.runtime?.id) return mount(page, signal);
      queueMicrotask(standDown);
      return { unmount() {} };
    };
  // Set on an org's own Desk domain only (registered there by lib/background/custom-domains.ts).
  let site: CustomDeskSite | undefined;
  const kinds = PAGE_KINDS.map(({ detect, panel }) => {
    const mounter = createLazyPanel(owner, panel);
    return { mounter, view: createViewController((url) => detect(url, site), live(mounter.mount)) };
  });
  const removeAll = () => kinds.forEach(({ mounter }) => mounter.removeAll());

  function standDown() {
    lifetime.abort();
    kinds.forEach(({ view }) => view.dispose());
    removeAll();
  }

  const sync = (url: string) => {
    if (lifetime.signal.aborted) return;
    // The contact and account panels share one host: the one left goes (host, dock, listeners: not just its view)
    // before the next one mounts. Off both kinds of page, both go.
    kinds.forEach(({ view, mounter }) => view.leave(url) || mounter.removeAll());
    kinds.forEach(({ view }) => view.sync(url));
  };

  watchLocation(sync, lifetime.signal);
  // The host of an org's own domain does not say the data center; the connected account does, and only the
  // background knows it.
  if (dataCenterOfDeskHost(location.hostname)) sync(location.href);
  else
    void callBackground('site.get', {}).then((reply) => {
      if (reply.ok && reply.data) {
        const here = (site = reply.data as CustomDeskSite);
        // Removed or revoked while this page is open: the panel goes now, not at the next load.
        browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
          if (sender.id === browser.runtime.id && isDomainLeft(message, here.host)) standDown();
        });
      }
      sync(location.href);
    });
});
