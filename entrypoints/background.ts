import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter, type SenderInfo } from '@/lib/messages/router';
import { isTrustedSender } from '@/lib/messages/trusted-sender';

export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');
  const route = createRouter(createHandlers(), (sender) => isTrustedSender(sender, browser.runtime.id, ownOrigin));

  // Registered synchronously: after the service worker restarts, a listener added after an await misses the
  // message that woke it.
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender as SenderInfo));
});
