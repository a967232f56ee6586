import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { optionsUrl } from '../../tooling/chromium';
import { panelOf, startStack, waitForSettled, type Stack } from './support/stack';
import { usContactUrl } from './support/world';

// axe-core on what an agent and a store reviewer meet: the panel with every section loaded (light and dark, and
// with the merge dialog open, and with merges Zoho would refuse) and the options page. Serious and critical findings fail the run.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

async function axeFindings(page: Page, include?: string): Promise<string[]> {
  // Evaluated rather than injected as a <script>: extension pages' CSP refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Finding[] }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations;
  }, include);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact}: ${violation.id} — ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ connect: true });
});
afterAll(async () => {
  await stack?.close();
});

describe('axe-core finds nothing serious', () => {
  it.each(['light', 'dark'] as const)('in the panel with every section loaded (%s)', async (colorScheme) => {
    const page = await stack.browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(usContactUrl(DEMO.contacts.pending));
    await waitForSettled(page);
    expect(await axeFindings(page, 'desk-companion-panel')).toEqual([]);
    await page.close();
  });

  it('in the merge dialog', async () => {
    const page = await stack.browser.context.newPage();
    await page.goto(usContactUrl(DEMO.contacts.withDuplicates));
    await waitForSettled(page);
    await panelOf(page).getByRole('button', { name: /^Merge/ }).first().click();
    await panelOf(page).getByRole('dialog', { name: 'Merge contacts' }).getByRole('radiogroup').first().waitFor();
    expect(await axeFindings(page, 'desk-companion-panel')).toEqual([]);
    await page.close();
  });

  it.each([
    ['the duplicate', DEMO.contacts.helpCenterUserDuplicate],
    ['the contact', DEMO.contacts.helpCenterUser],
  ])('in the Duplicates list where %s is a help-center user (merge disabled, with its reason)', async (_who, contactId) => {
    const page = await stack.browser.context.newPage();
    await page.goto(usContactUrl(contactId));
    await waitForSettled(page);
    await expect.poll(() => panelOf(page).getByRole('button', { name: /^Merge/ }).first().isDisabled()).toBe(true);
    expect(await axeFindings(page, 'desk-companion-panel')).toEqual([]);
    await page.close();
  });

  it('on the options page', async () => {
    const page = await stack.browser.context.newPage();
    await page.goto(optionsUrl(stack.browser.extensionId));
    await page.getByText(/^Connected\b/).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.close();
  });

  it('on an account page: a deactivation preview, then its run under way with the progress bar and Stop', async () => {
    const page = await stack.browser.context.newPage();
    await stack.fake.control.setLatency({ route: 'PATCH /api/v1/users/{userId}', ms: 300 });
    await page.goto(DEMO.accountUrl('desk.zoho.com', DEMO.accounts.offboarding));
    const region = panelOf(page).getByRole('region', { name: 'Account contacts' });
    await region.getByRole('combobox', { name: 'Help center to deactivate in' }).selectOption({ label: 'Acme Help Center' }, { timeout: 15_000 });
    await region.getByRole('button', { name: /^Deactivate all/ }).click();
    await region.getByRole('button', { name: /^Confirm deactivation/ }).click({ timeout: 15_000 });
    await region.getByRole('progressbar').waitFor({ timeout: 10_000 });
    expect(await axeFindings(page, 'desk-companion-panel')).toEqual([]);
    await region.getByRole('button', { name: 'Stop' }).click();
    await region.getByRole('status').waitFor({ timeout: 30_000 });
    expect(await axeFindings(page, 'desk-companion-panel')).toEqual([]);
    await page.close();
    await stack.fake.control.reset();
  });
});

describe('keyboard', () => {
  it('reaches every panel control with Tab, in reading order, with a visible focus ring', async () => {
    const page = await stack.browser.context.newPage();
    await page.goto(usContactUrl(DEMO.contacts.active));
    await waitForSettled(page);
    await panelOf(page).getByRole('button', { name: 'Collapse Desk Companion' }).focus();
    const visited: string[] = [];
    for (let step = 0; step < 12; step += 1) {
      const focused = await page.evaluate(() => {
        const active = document.querySelector('desk-companion-panel')?.shadowRoot?.activeElement as HTMLElement | null;
        if (!active) return null;
        const outline = getComputedStyle(active).outlineStyle;
        return { label: active.getAttribute('aria-label') ?? active.textContent?.trim() ?? active.tagName, outline };
      });
      if (!focused) break;
      expect(focused.outline, `focus ring on ${focused.label}`).not.toBe('none');
      visited.push(focused.label);
      await page.keyboard.press('Tab');
    }
    expect(visited[0]).toBe('Collapse Desk Companion');
    expect(visited.length).toBeGreaterThan(3);
    await page.close();
  });
});
