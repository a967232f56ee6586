import { parseContactPage, type ContactPage } from './desk-pages';

export interface MountedView {
  unmount(): void;
}

export type MountView = (page: ContactPage, signal: AbortSignal) => MountedView;

function viewKey(page: ContactPage): string {
  return [page.dataCenter, page.portal, page.department ?? '', page.contactId].join('/');
}

/**
 * Follows the URL and keeps exactly one view for the current contact. A new contact aborts the previous
 * view's signal before the next one starts, so an answer for contact A can never land on contact B's page.
 * Tab changes on the same contact ("/tickets" → "/history") keep the view and its data.
 */
export function createContactViewController(mountView: MountView) {
  let current: { key: string; controller: AbortController; view: MountedView } | undefined;

  function clear() {
    if (!current) return;
    current.controller.abort();
    current.view.unmount();
    current = undefined;
  }

  return {
    sync(url: string | URL): ContactPage | undefined {
      const page = parseContactPage(url);
      const key = page && viewKey(page);
      if (key === current?.key) return page;
      clear();
      if (!page || !key) return undefined;
      const controller = new AbortController();
      current = { key, controller, view: mountView(page, controller.signal) };
      return page;
    },
    dispose: clear,
  };
}
