import { callBackground } from '@/lib/messages/call';
import type { DeskPage } from '@/lib/page/desk-pages';
import type { MountedView } from '@/lib/page/view-controller';
import { injected, loadInjected } from '@/lib/page-world/injected';
import { ACCOUNT_PANEL_GLOBAL, PANEL_GLOBAL, type PanelMounter, type PanelMounterFactory } from './panel-global';

/** The panels a page kind can have: the contact panel (contacts and tickets) and the account panel. */
export type PanelName = 'contact' | 'account';

/**
 * Mounts a panel, loading its code the first time a page needs it. A view left before the code arrived never
 * mounts; a failed load is tried again on the next page.
 */
export function createLazyPanel<P extends DeskPage>(owner: symbol, panel: PanelName) {
  const account = panel === 'account' ? panel : undefined;
  const key = account ? ACCOUNT_PANEL_GLOBAL : PANEL_GLOBAL;
  let mounter: PanelMounter<P> | undefined;
  let loading: Promise<PanelMounter<P> | undefined> | undefined;

  function load(): Promise<PanelMounter<P> | undefined> {
    loading ??= loadInjected(callBackground, account, key).then((reply) => {
      const factory = reply.ok ? injected<PanelMounterFactory<P>>(key) : undefined;
      if (!factory) loading = undefined;
      else mounter ??= factory(owner, callBackground);
      return mounter;
    });
    return loading;
  }

  function mount(page: P, signal: AbortSignal): MountedView {
    let view: MountedView | undefined;
    if (mounter) view = mounter.mount(page, signal);
    else
      void load().then((loaded) => {
        if (loaded && !signal.aborted) view = loaded.mount(page, signal);
      });
    return {
      unmount() {
        view?.unmount();
      },
    };
  }

  return {
    mount,
    removeAll() {
      mounter?.removeAll();
    },
  };
}
