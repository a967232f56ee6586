import type { DeskPage } from '@/lib/page/desk-pages';
import type { createPanelMounter } from './mount-panel';

// A panel's script (entrypoints/panel.ts on contact pages, entrypoints/account-panel.ts on account pages) and the
// page-detecting content script share the extension's isolated world on the Desk page: each panel hands its
// mounter over on its own key.
// Versioned: a panel script left in the world by another build must not be handed arguments it does not take.
export const PANEL_GLOBAL = Symbol.for('desk-companion/panel-mounter/v2');
export const ACCOUNT_PANEL_GLOBAL = Symbol.for('desk-companion/account-panel-mounter/v1');

export type PanelMounterFactory<P extends DeskPage> = ReturnType<typeof createPanelMounter<P>>;
export type PanelMounter<P extends DeskPage> = ReturnType<PanelMounterFactory<P>>;
