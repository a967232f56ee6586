import type { createPanelMounter } from './mount-panel';

// The panel's script (entrypoints/panel.ts) and the page-detecting content script share the extension's isolated
// world on the Desk page: the panel hands its mounter over on this key.
export const PANEL_GLOBAL = Symbol.for('desk-companion/panel-mounter/v1');

export type PanelMounterFactory = typeof createPanelMounter;
export type PanelMounter = ReturnType<PanelMounterFactory>;

export function registeredPanel(): PanelMounterFactory | undefined {
  return (globalThis as { [PANEL_GLOBAL]?: PanelMounterFactory })[PANEL_GLOBAL];
}
