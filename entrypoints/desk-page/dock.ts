// Making room beside Desk. Desk's shell is panes with `position: fixed` sized against the viewport, so narrowing
// <body> with a margin moves none of them. Instead <body> is narrowed by the panel's width AND made the containing
// block of its fixed descendants (`contain: layout`): Desk's panes then lay out against body's box, which still
// starts at the viewport's origin, so they keep their place at the left, end where the panel begins, and whatever
// Desk positions from viewport coordinates (getBoundingClientRect: menus, popovers) still lands where it meant.
// `contain: layout` rather than a transform or filter: the same containing block without a compositing layer or
// blurred text. Not the browser's own side panel: Chrome opens it only on a user gesture, Firefox's sidebar is
// one per window, not per tab, and both leave a single agent tab with no panel after a reload.
// The panel's host is a child of <html>, beside body, so its own `position: fixed` stays against the viewport.
// The rule lives in a <style> inside our host and selects on the host being there (`html:has(> host)`): nothing
// is written onto Desk's elements, a rebuilt <body> is matched as soon as it exists, and when the host goes (off a
// contact page, disconnected, extension updated or removed) the rule goes with it and Desk's layout is its own.
export const HOST_TAG = 'desk-companion-panel';

export const PANEL_WIDTH = { expanded: 340, collapsed: 44 } as const;

/** Sizes the panel's host and makes that much room beside Desk's panes. */
export function dock(host: HTMLElement, collapsed: boolean) {
  const width = collapsed ? PANEL_WIDTH.collapsed : PANEL_WIDTH.expanded;
  host.style.width = `${width}px`;
  // The host's only light-DOM child (the panel itself is in its shadow root).
  const rule = host.firstElementChild ?? host.appendChild(document.createElement('style'));
  rule.textContent = `html:has(>${HOST_TAG})>body{contain:layout!important;width:auto!important;min-height:100vh!important;margin-right:${width}px!important}`;
}
