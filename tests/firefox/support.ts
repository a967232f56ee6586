import type { Page } from 'puppeteer-core';
import { startFakeZoho, type FakeZoho } from '../../fake-zoho/server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../tooling/firefox';

// The Firefox counterpart of tests/e2e/support/stack.ts: the fake Zoho and Firefox ESR with the built
// firefox-mv2 extension. Kept separate so the Chromium suite's helpers (Playwright) stay Playwright-only.

export interface FirefoxStack {
  fake: FakeZoho;
  firefox: FirefoxWithExtension;
  close(): Promise<void>;
}

export async function startFirefoxStack(): Promise<FirefoxStack> {
  const fake = await startFakeZoho({ port: 0 });
  try {
    const firefox = await launchFirefoxWithExtension({ fakePort: fake.port });
    return {
      fake,
      firefox,
      async close() {
        await firefox.close();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

/**
 * Opens an extension page (moz-extension://…). Firefox loads it in the extension process; puppeteer's BiDi
 * navigation tracking never sees that load finish (goto times out with page.url() still about:blank), so the
 * load is awaited from inside the document instead of through goto.
 */
export async function openExtensionPage(page: Page, url: string) {
  void page.goto(url).catch(() => {});
  await page.waitForFunction(
    (expected) => location.href === expected && document.readyState === 'complete',
    { timeout: 15_000 },
    url,
  );
}

/** Resolves once every section of the panel has settled (no aria-busy="true" left), as in the Chromium suite. */
export async function waitForSettled(page: Page, timeout = 15_000) {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('desk-companion-panel')?.shadowRoot;
      return Boolean(root?.querySelector('section')) && !root?.querySelector('section[aria-busy="true"]');
    },
    { timeout },
  );
}
