import { callBackground } from '@/lib/messages/call';
import type { PanelPage } from '@/lib/page/desk-pages';
import type { MountedView } from '@/lib/page/contact-view';
import { registeredPanel, type PanelMounter } from './panel-global';

/**
 * Mounts the panel, loading its code the first time a contact or ticket page needs it. A view left before the code
 * arrived never mounts; a failed load is tried again on the next such page.
 */
export function createLazyPanel(owner: symbol) {
  let mounter: PanelMounter | undefined;
  let loading: Promise<PanelMounter | undefined> | undefined;

  function load(): Promise<PanelMounter | undefined> {
    const ready = registeredPanel();
    if (ready) return Promise.resolve((mounter ??= ready(owner, callBackground)));
    loading ??= callBackground('panel.load', {}).then((reply) => {
      const factory = reply.ok ? registeredPanel() : undefined;
      if (!factory) loading = undefined;
      else mounter ??= factory(owner, callBackground);
      return mounter;
    });
    return loading;
  }

  function mount(page: PanelPage, signal: AbortSignal): MountedView {
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
