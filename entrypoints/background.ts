import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/background/handlers';
import { onPanelCommand } from '@/lib/background/panel-command';
import { warmPolicy } from '@/lib/config';
import { restrictStorageToTrustedContexts } from '@/lib/auth/token-store';
import { createRouter, type SenderInfo } from '@/lib/messages/router';
import { senderTrust } from '@/lib/messages/trusted-sender';

export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');
  const route = createRouter(createHandlers(), (sender) => senderTrust(sender, browser.runtime.id, ownOrigin));

  // Registered synchronously: after the service worker restarts, a listener added after an await misses the
  // message that woke it.
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender as SenderInfo));
  // The same for the keyboard shortcut: a command can be what wakes the worker.
  browser.commands.onCommand.addListener((command) => void onPanelCommand(command));

  // Tokens and the client secret live in storage.local / storage.session: keep content scripts out of both.
  void restrictStorageToTrustedContexts();
  warmPolicy();
});
