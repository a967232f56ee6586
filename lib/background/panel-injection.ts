import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { CallError } from '../messages/errors';
import { makeError } from '../messages/protocol';
import type { BackgroundServices, FeatureHandlers } from './services';

export function panelInjectionHandlers({ deps }: BackgroundServices): FeatureHandlers<'panel.load'> {
  return {
    'panel.load': async (_request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new CallError(makeError('bad-message', t('bgPanelNeedsTab')));
      await (deps.injectPanel ?? injectPanelScript)(tabId, sender.frameId ?? 0);
      return null;
    },
  };
}

/**
 * The panel's code (entrypoints/panel.ts) is injected into the content script's isolated world only on contact
 * pages: every other Desk page pays for the small page-detecting content script alone. Injected by the
 * background rather than imported, so no extension file has to be web-accessible to Desk's pages.
 */
async function injectPanelScript(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/panel.js'] });
}
