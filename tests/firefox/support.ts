import type { ElementHandle, Page } from 'puppeteer-core';
import { DEMO_CLIENT_ID } from '../../tooling/sign-in';
import type { DeskDomains } from '../../fake-zoho/hosts';
import { startFakeZoho, type FakeZoho } from '../../fake-zoho/server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../tooling/firefox';

// The Firefox counterpart of tests/e2e/support/stack.ts: the fake Zoho and Firefox ESR with the built
// firefox-mv2 extension. Kept separate so the Chromium suite's helpers (Playwright) stay Playwright-only.

export interface FirefoxStack {
  fake: FakeZoho;
  firefox: FirefoxWithExtension;
  close(): Promise<void>;
}

/** `domains`: an org's own Desk host names the fake serves agent pages on, resolved to it in Firefox too. */
export async function startFirefoxStack(options: { domains?: DeskDomains } = {}): Promise<FirefoxStack> {
  const fake = await startFakeZoho({ port: 0, domains: options.domains });
  try {
    const firefox = await launchFirefoxWithExtension({ fakePort: fake.port, domains: fake.domains });
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
 * load is awaited from inside the document instead of through goto. Not with waitForFunction: when its wait met the
 * switch from about:blank to the extension's document, Firefox's remote agent now and then failed it ("right-hand
 * side of 'in' should be an object, got null"; 5 opens in 100 here) and it gave up at once. A plain question on a
 * timer, whose failure is only asked again, opened 140 of 140.
 */
export async function openExtensionPage(page: Page, url: string, timeout = 15_000) {
  void page.goto(url).catch(() => {});
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    const loaded = await page
      .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
      .catch((error: unknown) => ((last = error), false));
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeout} ms`, { cause: last });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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

/** Connects through the options page (already open on `page`) with the demo client: the real OAuth round trip. */
export async function connectInOptions(page: Page) {
  const clientId = await page.waitForSelector('::-p-aria(Client ID)');
  await clientId!.type(DEMO_CLIENT_ID);
  await (await page.waitForSelector('::-p-aria([name="Connect to Zoho"][role="button"])'))!.click();
  await page.waitForFunction(() => /(^|\n)Connected\b/.test(document.body.innerText), { timeout: 15_000 });
}

/**
 * The panel's element matching `selector` (CSS, inside its shadow root), once the agent can see it. Not
 * waitForSelector with `desk-companion-panel >>> …`: that looks again only when the document's light DOM changes,
 * and the panel changes inside its shadow root, so an element that appears after the first look (a write's answer)
 * was never found, however long the wait. Looked for on a timer instead.
 */
export async function waitInPanel(page: Page, selector: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const found = await page.waitForFunction(
    (css) => {
      const element = document.querySelector('desk-companion-panel')?.shadowRoot?.querySelector(css);
      return element?.checkVisibility() ? element : null;
    },
    { polling: 100, timeout },
    selector,
  );
  return found as ElementHandle<Element>;
}
