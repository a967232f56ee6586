import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { CallError } from '../messages/errors';
import { makeError } from '../messages/protocol';
import type { BackgroundServices, FeatureHandlers, PanelScript } from './services';

const SCRIPTS: Record<'contact' | 'account' | 'merge', PanelScript> = { contact: '/panel.js', account: '/account-panel.js', merge: '/merge-dialog.js' };

export function panelInjectionHandlers({ deps }: BackgroundServices): FeatureHandlers<'panel.load'> {
  return {
    'panel.load': async ({ panel }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new CallError(makeError('bad-message', t('bgPanelNeedsTab')));
      await (deps.injectPanel ?? injectPanelScript)(tabId, sender.frameId ?? 0, SCRIPTS[panel ?? 'contact']);
      return null;
    },
  };
}

/**
 * The panel's code (entrypoints/panel.ts) is injected into the content script's isolated world only on contact
 * pages, the account panel's (entrypoints/account-panel.ts) only on account pages, the merge dialog's
 * (entrypoints/merge-dialog.ts) only when the agent opens it: every other Desk page pays for
 * the small page-detecting content script alone. Injected by the
 * background rather than imported, so no extension file has to be web-accessible to Desk's pages.
 */
async function injectPanelScript(tabId: number, frameId: number, file: PanelScript): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}
