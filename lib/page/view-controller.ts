import type { DeskPage, PanelPage } from './desk-pages';

export interface MountedView {
  unmount(): void;
}

export type MountView<P extends DeskPage = PanelPage> = (page: P, signal: AbortSignal) => MountedView;

/**
 * Follows the URL and keeps exactly one view for the current record (the page `parse` finds). A new record
 * aborts the previous view's signal before the next one starts, so an answer for contact (or ticket) A can never
 * land on B's page. Tab changes on the same record ("/tickets" → "/history") keep the view and its data.
 */
export function createViewController<P extends DeskPage>(parse: (url: string | URL) => P | undefined, mountView: MountView<P>) {
  let current: { key: string; controller: AbortController; view: MountedView } | undefined;

  function clear() {
    if (!current) return;
    current.controller.abort();
    current.view.unmount();
    current = undefined;
  }

  // The page itself, field names included: a ticket's view is not its requester's, even with the same id.
  const keyOf = (page: P | undefined) => page && JSON.stringify(page);

  return {
    /**
     * Clears the view if `url` is not its record (views sharing a panel host all leave before one arrives), and
     * says whether `url` is a page of this view's kind at all.
     */
    leave(url: string | URL): boolean {
      const key = keyOf(parse(url));
      if (key !== current?.key) clear();
      return key !== undefined;
    },
    sync(url: string | URL): P | undefined {
      const page = parse(url);
      const key = keyOf(page);
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
