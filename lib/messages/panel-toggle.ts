import { CHANNEL } from './channel';

// The keyboard shortcut: a browser command the background receives and hands to the panel of the agent's
// current tab. Named once here for the manifest, the background and the panel.

/** The command's name in the manifest's `commands`. */
export const TOGGLE_PANEL_COMMAND = 'toggle-panel';

/**
 * Its suggested key: not one of Chrome's or Firefox's default shortcuts that we know of. A browser leaves a
 * suggested key that clashes with another extension's unassigned, which the Chromium e2e test would see.
 */
export const TOGGLE_PANEL_KEY = 'Alt+Shift+D';

/** What the background sends to the tab (tabs.sendMessage): only the extension itself can send it there. */
export const PANEL_TOGGLE_MESSAGE = { channel: CHANNEL, kind: 'panel.toggle' } as const;

export function isPanelToggle(message: unknown): boolean {
  const candidate = message as { channel?: unknown; kind?: unknown } | null;
  return candidate?.channel === PANEL_TOGGLE_MESSAGE.channel && candidate.kind === PANEL_TOGGLE_MESSAGE.kind;
}
