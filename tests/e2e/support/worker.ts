import { expect } from 'vitest';
import type { Stack } from './stack';

/** Stops the extension's service worker the way the browser does (CDP's ServiceWorker.stopAllWorkers does not stop an extension's worker). */
export async function stopServiceWorker(stack: Stack) {
  const cdp = await stack.browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.includes(stack.browser.extensionId));
  expect(worker, 'the extension’s service worker target').toBeTruthy();
  expect(await cdp.send('Target.closeTarget', { targetId: worker!.targetId })).toEqual({ success: true });
  await cdp.detach();
}
