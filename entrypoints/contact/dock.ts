// The panel reserves its own column instead of floating over Desk: the page's body is narrowed by the
// panel's width, so none of Desk's controls end up underneath it. Only our own attribute and element ids
// are used; nothing depends on Desk's private class names.
const STYLE_ID = 'desk-companion-dock';
const ATTRIBUTE = 'data-desk-companion';

export const PANEL_WIDTH = { expanded: 340, collapsed: 44 } as const;

export function dockPage(state: 'expanded' | 'collapsed' | 'none') {
  const root = document.documentElement;
  if (state === 'none') {
    root.removeAttribute(ATTRIBUTE);
    document.getElementById(STYLE_ID)?.remove();
    return;
  }
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = `
      html[${ATTRIBUTE}="expanded"] body { margin-right: ${PANEL_WIDTH.expanded}px !important; }
      html[${ATTRIBUTE}="collapsed"] body { margin-right: ${PANEL_WIDTH.collapsed}px !important; }`;
    (document.head ?? root).append(style);
  }
  root.setAttribute(ATTRIBUTE, state);
}
