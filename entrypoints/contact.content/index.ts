import { DESK_HOSTS } from '@/lib/data-centers';
import { createContactViewController } from '@/lib/page/contact-view';
import { createLazyPanel } from './lazy-panel';

export default defineContentScript({
  matches: DESK_HOSTS.map((host) => `https://${host}/agent/*`),
  runAt: 'document_idle',
  main(ctx) {
    const mounter = createLazyPanel(Symbol('desk-companion'));
    const views = createContactViewController(mounter.mount);

    const sync = (url: string | URL) => {
      if (ctx.isInvalid) return;
      // Off a contact page the panel's host and the page's dock go too, not just the view.
      if (!views.sync(url)) mounter.removeAll();
    };

    // `wxt:locationchange` fires before location.href changes: the event's own URL is the truth.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => sync(event.newUrl));
    // Browsers without the Navigation API (and our own duplicate links) announce moves through popstate.
    ctx.addEventListener(window, 'popstate', () => sync(location.href));
    ctx.addEventListener(window, 'hashchange', () => sync(location.href));
    ctx.onInvalidated(() => {
      views.dispose();
      mounter.removeAll();
    });
    sync(location.href);
  },
});
