import { parsePanelPage, type PanelPage } from './desk-pages';

export interface MountedView {
  unmount(): void;
}

export type MountView = (page: PanelPage, signal: AbortSignal) => MountedView;

/** The record the view is about: a ticket's view is not its requester's, even when they show the same contact. */
export function viewKey(page: PanelPage): string {
  return [page.dataCenter, page.portal, page.department ?? '', 'ticketId' in page ? `t${page.ticketId}` : page.contactId].join('/');
}

/**
 * Follows the URL and keeps exactly one view for the current contact or ticket. A new record aborts the previous
 * view's signal before the next one starts, so an answer for contact (or ticket) A can never land on B's page.
 * Tab changes on the same record ("/tickets" → "/history") keep the view and its data.
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
    sync(url: string | URL): PanelPage | undefined {
      const page = parsePanelPage(url);
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
