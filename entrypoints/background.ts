import { browser } from 'wxt/browser';
import { createBrowserCustomDomains } from '@/lib/background/custom-domain-handlers';
import { createHandlers } from '@/lib/background/handlers';
import { onPanelCommand } from '@/lib/background/panel-command';
import { warmPolicy } from '@/lib/config';
import { restrictStorageToTrustedContexts } from '@/lib/auth/token-store';
import { CHANNEL } from '@/lib/messages/channel';
import { createRouter, type SenderInfo } from '@/lib/messages/router';
import { senderTrust } from '@/lib/messages/trusted-sender';

export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');
  const customDomains = createBrowserCustomDomains();
  // A sender on a host that is not Zoho's is trusted only while our script is registered on exactly that host.
  const trustOf = async (sender: SenderInfo) =>
    senderTrust(sender, browser.runtime.id, ownOrigin) ?? senderTrust(sender, browser.runtime.id, ownOrigin, await customDomains.registeredHosts());
  const route = createRouter(createHandlers({ customDomains }), trustOf);

  // Registered synchronously: after the service worker restarts, a listener added after an await misses the
  // message that woke it.
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender as SenderInfo));
  // A view's opening (lib/messages/call.ts): its parts go back over the port as they are ready, then the reply.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHANNEL) return;
    let open = true;
    port.onDisconnect.addListener(() => (open = false));
    const send = (message: unknown) => open && port.postMessage(message);
    port.onMessage.addListener((message: unknown) => {
      void route(message, port.sender as SenderInfo, (part) => send({ part })).then((reply) => send({ reply }));
    });
  });
  // The same for the keyboard shortcut: a command can be what wakes the worker.
  browser.commands.onCommand.addListener((command) => void onPanelCommand(command));
  // The same for a custom domain's origin revoked in the browser's own settings (and granted again).
  customDomains.listen();
  // Registrations survive a restart in Chromium but not every update or a Firefox restart: re-derive them.
  browser.runtime.onStartup.addListener(() => void customDomains.sync());
  browser.runtime.onInstalled.addListener(() => void customDomains.sync());

  // Tokens and the client secret live in storage.local / storage.session: keep content scripts out of both.
  void restrictStorageToTrustedContexts();
  warmPolicy();
});
