import { render } from 'preact';
import type { ContactPage } from '@/lib/page/desk-pages';
import type { MountedView } from '@/lib/page/contact-view';
import type { CallBackground } from '@/lib/messages/call';
import { panelCollapsed } from '@/lib/preferences';
import { Panel } from '@/components/Panel/Panel';
import { panelStyles } from '@/components/Panel/styles';
import { dockPage, PANEL_WIDTH } from './dock';
import { followTheme } from './theme';

const HOST_TAG = 'desk-companion-panel';

/**
 * Sourcegraph-style idempotent mount: there is one host element per page, reused across contacts, so no
 * navigation history can leave two panels behind (even one left by a previous copy of this script after
 * an extension update is replaced).
 */
function getHost(owner: symbol): { host: HTMLElement; container: HTMLElement } {
  for (const stale of document.querySelectorAll<HTMLElement & { [key: symbol]: unknown }>(HOST_TAG)) {
    if (!(owner in stale)) stale.remove();
  }
  const existing = document.querySelector<HTMLElement>(HOST_TAG);
  const container = existing?.shadowRoot?.querySelector<HTMLElement>('[data-panel-root]');
  if (existing && container) return { host: existing, container };

  const host = Object.assign(document.createElement(HOST_TAG), { [owner]: true });
  host.style.cssText = `all: initial; position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483000; width: ${PANEL_WIDTH.expanded}px;`;
  // Open on purpose: assistive tech and tests reach into it; it holds nothing secret.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = panelStyles;
  const root = document.createElement('div');
  root.setAttribute('data-panel-root', '');
  shadow.append(style, root);
  // Outside <body>: Desk re-renders its body freely, and our dock narrows body, not us.
  document.documentElement.append(host);
  return { host, container: root };
}

/**
 * `api` is the content script's own messenger, handed over rather than bundled again: the panel's script stays
 * smaller, and both halves read the background's replies the same way.
 */
export function createPanelMounter(owner: symbol, api: CallBackground) {
  let unwatchCollapsed: (() => void) | undefined;
  let unwatchTheme: (() => void) | undefined;

  function applyWidth(host: HTMLElement, collapsed: boolean) {
    host.style.width = `${collapsed ? PANEL_WIDTH.collapsed : PANEL_WIDTH.expanded}px`;
    dockPage(collapsed ? 'collapsed' : 'expanded');
  }

  function mount(page: ContactPage, signal: AbortSignal): MountedView {
    const { host, container } = getHost(owner);
    void panelCollapsed.getValue().then((collapsed) => signal.aborted || applyWidth(host, collapsed));
    unwatchCollapsed ??= panelCollapsed.watch((collapsed) => applyWidth(host, collapsed));
    unwatchTheme ??= followTheme((theme) => host.setAttribute('data-theme', theme));
    const navigate = (url: string) => {
      history.pushState(history.state, '', url);
      // Desk's router listens for popstate; our own watcher is told directly by the caller of navigate.
      window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
    };
    const key = `${page.dataCenter}/${page.portal}/${page.contactId}`;
    render(<Panel key={key} page={page} api={api} navigate={navigate} signal={signal} />, container);
    return {
      unmount() {
        render(null, container);
      },
    };
  }

  function removeAll() {
    unwatchCollapsed?.();
    unwatchCollapsed = undefined;
    unwatchTheme?.();
    unwatchTheme = undefined;
    document.querySelector(HOST_TAG)?.remove();
    dockPage('none');
  }

  return { mount, removeAll };
}
