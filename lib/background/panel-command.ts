import { browser } from 'wxt/browser';
import { PANEL_TOGGLE_MESSAGE, TOGGLE_PANEL_COMMAND } from '../messages/panel-toggle';

/**
 * The keyboard shortcut toggles the panel of the current tab: the background tells that tab, and the panel
 * there flips the remembered choice, which every other open Desk tab follows. A tab without a panel has no
 * listener, so the shortcut does nothing there (and changes nothing elsewhere).
 */
export async function onPanelCommand(command: string): Promise<void> {
  if (command !== TOGGLE_PANEL_COMMAND) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, PANEL_TOGGLE_MESSAGE, { frameId: 0 }).catch(() => undefined);
}
