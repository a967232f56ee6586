import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_FLAGS } from './chromium-flags';
import { CHROMIUM, requireBrowser } from './find-browser';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Chromium (or Chrome: CHROMIUM_PATH, else the usual locations) with the built extension, every Zoho host mapped to the fake Zoho on loopback.
 * The background-networking flags keep Chromium from flooding the closed network with refused connections.
 */
export async function launchWithExtension(options: {
  hostResolverRules: string;
  headless?: boolean;
  extensionDir?: string;
  /**
   * The browser's language, e.g. 'de'. On Linux Chromium takes its UI locale from LANGUAGE, LC_ALL or LANG, and only
   * if that locale's .pak is installed (Debian: chromium-l10n); `--lang` is what the extension renderers read
   * for chrome.i18n.getMessage, so it switches the extension's catalogue even where getUILanguage() stays en-US.
   * `locale` makes the pages (navigator.language, Intl) agree.
   */
  lang?: string;
}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'desk-companion-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireBrowser(CHROMIUM),
    headless: options.headless ?? true,
    viewport: { width: 1400, height: 900 },
    ignoreHTTPSErrors: true,
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang } } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${options.hostResolverRules}`,
      ...CHROMIUM_FLAGS,
      '--disable-features=DialMediaRouteProvider,MediaRouter',
    ],
  });
  const serviceWorker = await firstServiceWorker(context);
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function optionsUrl(extensionId: string) {
  return `chrome-extension://${extensionId}/options.html`;
}

/** The extension's worker can register between a look at serviceWorkers() and a waitForEvent: ask both, in turns. */
async function firstServiceWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const running = context.serviceWorkers()[0];
    if (running) return running;
    const started = await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => undefined);
    if (started) return started;
  }
  throw new Error('The extension’s service worker did not start within 30 s: is .output/chrome-mv3 a complete build?');
}
