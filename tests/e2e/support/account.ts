import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO } from '../../../fake-zoho/worlds';
import { panelOf } from './stack';

/** Opens an account's page in a new tab and waits until its panel links every one of the account's `size` contacts. */
export async function openAccountPage(suite: { newPage(): Promise<Page> }, accountId: string, size: number) {
  const page = await suite.newPage();
  await page.goto(DEMO.accountUrl('desk.zoho.com', accountId));
  const region = panelOf(page).getByRole('region', { name: 'Account contacts' });
  await expect.poll(() => region.getByRole('link').count(), { timeout: 15_000 }).toBe(size);
  return { page, region };
}
