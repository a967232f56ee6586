import { render, type ComponentType } from 'preact';
import { browser } from 'wxt/browser';
import type { DeskPage } from '@/lib/page/desk-pages';
import type { MountedView } from '@/lib/page/view-controller';
import type { CallBackground } from '@/lib/messages/call';
import { isPanelToggle } from '@/lib/messages/panel-toggle';
import { panelCollapsed } from '@/lib/preferences';
import type { PanelProps } from '@/components/common/PanelFrame';
import { panelStyles } from '@/components/Panel/styles';
import { dock, HOST_TAG } from './dock';
import { keepHost } from './keep-host';
import { followTheme } from './theme';

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
  host.style.cssText = 'all:initial;position:fixed;top:0;right:0;bottom:0;z-index:2147483000';
  dock(host, false);
  // Open on purpose: assistive tech and tests reach into it; it holds nothing secret.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = panelStyles;
  const root = document.createElement('div');
  root.setAttribute('data-panel-root', '');
  shadow.append(style, root);
  // Outside <body>: Desk rebuilds its body freely, and the dock makes body the containing block of Desk's panes,
  // not of ours (dock.ts).
  document.documentElement.append(host);
  return { host, container: root };
}


/**
 * The mounter factory for a panel whose top component is `View`. `api` is the content script's own messenger,
 * handed over rather than bundled again: the panel's script stays smaller, and both halves read the background's
 * replies the same way.
 */
export const createPanelMounter = <P extends DeskPage,>(View: ComponentType<PanelProps<P>>) => (owner: symbol, api: CallBackground) => {
  /** What the first mount starts and removeAll stops: following the choice, the theme, Desk's rebuilds. */
  let stops: Array<() => void> = [];

  // The keyboard shortcut, sent by the background (a content script hears only its own extension's pages and
  // worker, never a web page): flip the remembered choice, which this tab and every other follow through storage.
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && isPanelToggle(message)) {
      void panelCollapsed.getValue().then((collapsed) => panelCollapsed.setValue(!collapsed));
    }
  };

  function mount(page: P, signal: AbortSignal): MountedView {
    const { host, container } = getHost(owner);
    void panelCollapsed.getValue().then((collapsed) => signal.aborted || dock(host, collapsed));
    if (!stops.length) {
      browser.runtime.onMessage.addListener(onMessage);
      stops = [
        panelCollapsed.watch((collapsed) => dock(host, collapsed)),
        followTheme((theme) => host.setAttribute('data-theme', theme)),
        keepHost(host, removeAll),
        () => browser.runtime.onMessage.removeListener(onMessage),
      ];
    }
    const navigate = (url: string) => {
      history.pushState(history.state, '', url);
      // Desk's router follows popstate, which pushState does not fire; our own location watcher
      // (location-watcher.ts) sees the move itself.
      window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
    };
    render(<View key={JSON.stringify(page)} page={page} api={api} navigate={navigate} signal={signal} />, container);
    return {
      unmount() {
        render(null, container);
      },
    };
  }

  /** Nothing when this panel is not the one mounted: the contact and account panels share the host. */
  function removeAll() {
    if (!stops.length) return;
    for (const stop of stops.splice(0)) stop();
    document.querySelector(HOST_TAG)?.remove();
  }

  return { mount, removeAll };
};
