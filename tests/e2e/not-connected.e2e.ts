import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { panelOf, startStack, type Stack } from './support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

it('says it is not connected, offers to connect, and calls no Desk API', async () => {
  await stack.fake.control.clearLog();
  const page = await stack.browser.context.newPage();
  await page.goto(DEMO.contactUrl('desk.zoho.com', DEMO.contacts.active));
  const panel = panelOf(page);
  await expect.poll(() => panel.getByRole('button', { name: 'Connect to Zoho' }).count()).toBe(1);
  await expect.poll(() => panel.getByText(/not connected/i).count()).toBeGreaterThan(0);
  const apiCalls = (await stack.fake.control.log()).filter((entry) => entry.path.startsWith('/api/'));
  expect(apiCalls).toEqual([]);
  await page.close();
});
