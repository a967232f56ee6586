import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { DATA_CENTERS, DATA_CENTER_IDS } from '../lib/data-centers';
import { FIREFOX, requireBrowser } from './find-browser';

// Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi (no geckodriver exists
// for these machines). The Chromium counterpart is tooling/chromium.ts.

export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/firefox-mv2');

/** Every Desk and accounts host the manifest names; Firefox resolves them to loopback instead of DNS. */
export const ZOHO_HOSTS = DATA_CENTER_IDS.flatMap((id) => [DATA_CENTERS[id].deskHost, DATA_CENTERS[id].accountsHost]);

export interface FirefoxWithExtension {
  browser: Browser;
  /** The manifest's gecko id, as `installExtension` reports it. */
  extensionId: string;
  /** The moz-extension://<uuid> host: pinned before install so the options page has a known address. */
  internalUuid: string;
  /** What `browser.identity.getRedirectURL()` returns for this add-on. */
  redirectUrl: string;
  optionsUrl: string;
  close(): Promise<void>;
}

/**
 * Firefox's identity.getRedirectURL(): https://<sha1 hex of the add-on id>.extensions.allizom.org/
 * (toolkit/components/extensions/parent/ext-identity.js). Tests compare it with what the add-on reports.
 */
export function firefoxRedirectUrl(addonId: string): string {
  return `https://${createHash('sha1').update(addonId).digest('hex')}.extensions.allizom.org/`;
}

export async function launchFirefoxWithExtension(options: {
  /** The fake Zoho's port: Firefox connects there whenever a page asks for port 443. */
  fakePort: number;
  /** Host names besides Zoho's that resolve to the fake too: the org Desk domains it maps (FakeZoho.domains). */
  domains?: readonly string[];
  headless?: boolean;
  extensionDir?: string;
}): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifestPath = path.join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build:firefox" first.`);
  }
  const geckoId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  // Firefox gives each add-on a random moz-extension:// uuid per profile unless this pref names one.
  const internalUuid = randomUUID();

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser(FIREFOX),
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1400, height: 900 },
    // WebDriver BiDi refuses to navigate to moz-extension:// (only http(s), file, blob, about:blank) unless
    // the session may touch privileged documents; the options page is such an address. Test runs only.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // No DNS-over-HTTPS: the closed network has no resolver to reach and localDomains must win.
      'network.trr.mode': 5,
      // Every Zoho host resolves to loopback, where the fake Zoho plays all of them (told apart by Host).
      'network.dns.localDomains': [...ZOHO_HOSTS, ...(options.domains ?? [])].join(','),
      // The manifest keeps its real https://<host>/* patterns (no port), so the port is rewritten below them.
      'network.socket.forcePort': `443=${options.fakePort}`,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: internalUuid }),
      // permissions.request() still needs the click, but grants without the doorhanger a headless run cannot answer.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    if (extensionId !== geckoId) throw new Error(`Installed ${extensionId}, expected the manifest's ${geckoId}`);
    return {
      browser,
      extensionId,
      internalUuid,
      redirectUrl: firefoxRedirectUrl(extensionId),
      optionsUrl: `moz-extension://${internalUuid}/options.html`,
      async close() {
        await browser.close().catch(() => {});
      },
    };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}
