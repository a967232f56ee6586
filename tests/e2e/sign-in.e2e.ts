import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import type { LogEntry } from '../../fake-zoho/server';
import { optionsUrl } from '../../tooling/chromium';
import { connectThroughOptionsPage } from '../../tooling/sign-in';
import { panelOf, startStack, waitForSettled, type Stack } from './support/stack';
import { usContactUrl } from './support/world';

// Issue 3: sign-in through the real options page against the fake accounts server, token refresh, revocation
// and Disconnect, asserting on what the fake received.

let stack: Stack;
const pages: Page[] = [];
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});
afterEach(async () => {
  for (const page of pages.splice(0)) await page.close().catch(() => {});
});

async function newPage(url: string) {
  const page = await stack.browser.context.newPage();
  pages.push(page);
  await page.goto(url);
  return page;
}
const options = () => newPage(optionsUrl(stack.browser.extensionId));
const isRefresh = (entry: LogEntry) => entry.path === '/oauth/v2/token' && new URLSearchParams(entry.body).get('grant_type') === 'refresh_token';
const isExchange = (entry: LogEntry) => entry.path === '/oauth/v2/token' && new URLSearchParams(entry.body).get('grant_type') === 'authorization_code';

async function disconnect() {
  const page = await options();
  const status = page.getByRole('status');
  await expect.poll(() => status.innerText()).toMatch(/^(Connected|Not connected)/);
  if ((await status.innerText()).startsWith('Connected')) await page.getByRole('button', { name: 'Disconnect' }).click();
  await page.getByText('Not connected', { exact: true }).waitFor();
}

describe('sign-in through the options page', () => {
  it('connects with code + PKCE and shows the data center', async () => {
    await stack.fake.control.clearLog();
    await connectThroughOptionsPage(stack.browser);
    const entries = await stack.fake.control.log();
    const authorize = entries.find((entry) => entry.path === '/oauth/v2/auth')!;
    const query = new URLSearchParams(authorize.query);
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('access_type')).toBe('offline');
    expect(entries.filter(isExchange).map((entry) => entry.host)).toEqual(['accounts.zoho.com']);
    const page = await stack.browser.context.newPage();
    pages.push(page);
    const noise: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') noise.push(message.text());
    });
    page.on('pageerror', (error) => noise.push(error.message));
    await page.goto(optionsUrl(stack.browser.extensionId));
    await expect.poll(() => page.getByRole('status').innerText()).toBe('Connected — United States (us)');
    expect(noise).toEqual([]);
  });

  it('refreshes an expired access token once and the panel still loads', async () => {
    await stack.fake.control.expireAccessTokens();
    await stack.fake.control.clearLog();
    const page = await newPage(usContactUrl(DEMO.contacts.active));
    await waitForSettled(page);
    expect(await panelOf(page).getByRole('alert').count()).toBe(0);
    const entries = await stack.fake.control.log();
    expect(entries.filter(isRefresh)).toHaveLength(1);
    expect(entries.filter((entry) => entry.path.startsWith('/api/') && entry.status === 200).length).toBeGreaterThan(3);
  });

  it('brings back "Connect to Zoho" when Zoho revoked the refresh token', async () => {
    await stack.fake.control.revokeRefreshTokens();
    await stack.fake.control.expireAccessTokens();
    const page = await newPage(usContactUrl(DEMO.contacts.active));
    await expect.poll(() => panelOf(page).getByRole('button', { name: 'Connect to Zoho' }).count(), { timeout: 15_000 }).toBe(1);
    const settings = await options();
    await settings.getByRole('button', { name: 'Connect to Zoho' }).waitFor();
    expect(await settings.getByRole('status').innerText()).toBe('Not connected');
  });

  it('revokes at the accounts server on Disconnect', async () => {
    await connectThroughOptionsPage(stack.browser);
    await stack.fake.control.clearLog();
    await disconnect();
    const revokes = (await stack.fake.control.log()).filter((entry) => entry.path === '/oauth/v2/token/revoke');
    expect(revokes).toHaveLength(1);
    expect(revokes[0]).toMatchObject({ method: 'POST', host: 'accounts.zoho.com' });
    expect(new URLSearchParams(revokes[0]!.query).get('token')).toBeTruthy();
  });

  it('signs an EU account in at accounts.zoho.eu and calls desk.zoho.eu', async () => {
    await stack.fake.control.setAccountsSession(DEMO.eu.agent);
    await stack.fake.control.clearLog();
    await connectThroughOptionsPage(stack.browser);
    const settings = await options();
    await expect.poll(() => settings.getByRole('status').innerText()).toBe('Connected — Europe (eu)');
    expect((await stack.fake.control.log()).filter(isExchange).map((entry) => entry.host)).toEqual(['accounts.zoho.eu']);

    await stack.fake.control.clearLog();
    const page = await newPage(DEMO.contactUrl(DEMO.eu.host, DEMO.eu.contactId, DEMO.eu.portal, DEMO.eu.department));
    await waitForSettled(page);
    const api = (await stack.fake.control.log()).filter((entry) => entry.path.startsWith('/api/'));
    expect(api.length).toBeGreaterThan(0);
    expect(new Set(api.map((entry) => entry.host))).toEqual(new Set(['desk.zoho.eu']));

    // A US page for this EU account is explained, not attempted.
    await stack.fake.control.clearLog();
    const us = await newPage(usContactUrl(DEMO.contacts.active));
    await expect.poll(() => panelOf(us).getByText(/different Zoho data center/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await stack.fake.control.log()).filter((entry) => entry.path.startsWith('/api/'))).toEqual([]);
    await disconnect();
    await stack.fake.control.setAccountsSession(DEMO.agent);
  });

  it('shows why sign-in failed', async () => {
    const page = await options();
    await page.getByLabel('Client ID').fill('1000.NOTREGISTERED');
    await page.getByRole('button', { name: 'Connect to Zoho' }).click();
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 15_000 }).toMatch(/^Sign-in failed: /);
    expect(await page.getByRole('status').innerText()).toBe('Not connected');
  });
});
