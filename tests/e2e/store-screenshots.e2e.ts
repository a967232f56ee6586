import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { panelOf, startStack, waitForSettled, type Stack } from './support/stack';

// Issue 7, store material: the panel with every section loaded, in the light and the dark theme, at the
// 1280x800 size both stores accept for listing screenshots. Saved under artifacts/store/ (not committed).

const STORE_DIR = path.resolve(import.meta.dirname, '../../artifacts/store');
// Pending in one help center, active in another, with badges, labels and duplicates: every section has content.
const CONTACT_URL = DEMO.contactUrl('desk.zoho.com', DEMO.contacts.pending);

let stack: Stack;
let page: Page | undefined;
beforeAll(async () => {
  stack = await startStack({ connect: true });
  mkdirSync(STORE_DIR, { recursive: true });
});
afterAll(async () => {
  await stack?.close();
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('store screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`saves the panel in the ${colorScheme} theme at 1280x800`, async () => {
      page = await stack.browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto(CONTACT_URL);
      await waitForSettled(page);
      await panelOf(page).waitFor();
      // No focus ring or hover state left over from loading in the picture.
      await page.mouse.move(0, 0);
      const file = path.join(STORE_DIR, `panel-${colorScheme}.png`);
      await page.screenshot({ path: file, animations: 'disabled' });
      expect(statSync(file).size).toBeGreaterThan(10_000);
    });
  }
});
