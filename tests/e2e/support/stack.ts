import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startFakeZoho, type FakeZoho } from '../../../fake-zoho/server';
import { launchWithExtension, type ExtensionBrowser } from '../../../tooling/chromium';
import { connectThroughOptionsPage } from '../../../tooling/sign-in';

export interface Stack {
  fake: FakeZoho;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

/** The fake Zoho and Chromium with the built extension, wired together through host-resolver rules. */
export async function startStack(options: { connect?: boolean; lang?: string } = {}): Promise<Stack> {
  const fake = await startFakeZoho({ port: 0 });
  const browser = await launchWithExtension({ hostResolverRules: fake.hostResolverRules, lang: options.lang });
  if (options.connect) await connectThroughOptionsPage(browser);
  return {
    fake,
    browser,
    async close() {
      await browser.close();
      await fake.close();
    },
  };
}

export function panelOf(page: Page) {
  return page.getByRole('complementary', { name: 'Desk Companion' });
}

/** Resolves once every section of the panel has settled (no aria-busy="true" left). */
export async function waitForSettled(page: Page, timeout = 15_000) {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('desk-companion-panel')?.shadowRoot;
      return Boolean(root?.querySelector('section')) && !root?.querySelector('section[aria-busy="true"]');
    },
    undefined,
    { timeout },
  );
}

/** Polls `read` until it returns `expected` (deep-equal by JSON), or fails with the last value seen. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`);
}

/** A bare pushState or replaceState from the page's own world, as Desk's router does it: no event is sent. */
export async function historyCall(page: Page, method: 'pushState' | 'replaceState', url: string) {
  await page.evaluate(([name, target]) => history[name as 'pushState']({}, '', target), [method, url] as const);
}

/**
 * A signed-in stack shared by one test file: started before its first test, closed after its last. After each
 * test the pages it opened are closed and the fake Zoho is reset (faults, latency, Desk state, log); the sign-in
 * survives.
 */
export function connectedSuite() {
  let stack: Stack | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    stack = await startStack({ connect: true });
  });
  afterAll(async () => {
    await stack?.close();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close().catch(() => {})));
    await stack?.fake.control.reset();
  });
  return {
    get stack(): Stack {
      if (!stack) throw new Error('The stack starts in beforeAll: use it inside a test.');
      return stack;
    },
    async newPage(): Promise<Page> {
      const page = await this.stack.browser.context.newPage();
      pages.push(page);
      return page;
    },
  };
}
