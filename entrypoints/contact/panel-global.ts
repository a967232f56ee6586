import type { createPanelMounter } from './mount-panel';

// The panel's script (entrypoints/panel.ts) and the page-detecting content script share the extension's isolated
// world on the Desk page: the panel hands its mounter over on this key.
// Versioned: a panel script left in the world by another build must not be handed arguments it does not take.
export const PANEL_GLOBAL = Symbol.for('desk-companion/panel-mounter/v2');

export type PanelMounterFactory = typeof createPanelMounter;
export type PanelMounter = ReturnType<PanelMounterFactory>;

export function registeredPanel(): PanelMounterFactory | undefined {
  return (globalThis as { [PANEL_GLOBAL]?: PanelMounterFactory })[PANEL_GLOBAL];
}
