import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { ONBOARDING_SIZE } from '../../fake-zoho/worlds/accounts';
import { OFFBOARDING_SIZE } from '../../fake-zoho/worlds/offboarding';
import { openAccountPage } from './support/account';
import { connectedSuite } from './support/stack';
import { BULK_INVITE } from '../support/desk-routes';
import { scriptClicks } from './support/page-script';

// Issue 22: a script in Desk's page reaches the account panel's open shadow root, picks a help center and clicks
// Invite all, then Send invitations. None of that may send anything: every button of the account page answers
// the agent's own input only.

const suite = connectedSuite();
let page: Page;

async function openAccount(accountId: string = DEMO.accounts.onboarding, size = ONBOARDING_SIZE) {
  const opened = await openAccountPage(suite, accountId, size);
  page = opened.page;
  return opened.region;
}

/** The Desk API writes the fake received, by route. */
const writes = async () =>
  (await suite.stack.fake.control.log()).filter((entry) => entry.method !== 'GET' && entry.path.startsWith('/api/')).map((entry) => entry.route);

/**
 * What a script in Desk's page can do, all in the page's own world: choose an option of the select named `select`
 * (by its label text), then click each button whose text starts with one of `buttons`, in turn, waiting for it to
 * appear; a button that never appears is skipped.
 */
async function scriptRun(select: string, option: string, buttons: string[]) {
  await page.evaluate(
    async ([selectName, optionLabel, names]) => {
      const root = document.querySelector('desk-companion-panel')!.shadowRoot!;
      const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === selectName)!;
      const picker = root.getElementById(label.htmlFor) as HTMLSelectElement;
      picker.value = [...picker.options].find((candidate) => candidate.textContent?.includes(optionLabel))!.value;
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      for (const name of names) {
        let button: HTMLButtonElement | undefined;
        for (let tries = 0; tries < 20 && !button; tries++) {
          await wait(100);
          button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim().startsWith(name));
        }
        button?.click();
        button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      }
      await wait(1_000);
    },
    [select, option, buttons] as const,
  );
}

describe('the account page refuses clicks from a script in the page', () => {
  it('Invite all and Send invitations: nothing is sent; the agent’s own clicks still invite', async () => {
    const region = await openAccount();
    await scriptRun('Help center to invite to', 'Acme Help Center', ['Invite all', 'Send invitations']);
    expect(await writes()).toEqual([]);

    // The agent, choosing and clicking: the preview, then the invitations.
    await region.getByRole('combobox', { name: 'Help center to invite to' }).selectOption({ label: 'Acme Help Center' });
    const inviteAll = region.getByRole('button', { name: /^Invite all/ });
    await inviteAll.click();
    const send = region.getByRole('button', { name: 'Send invitations' });
    await scriptClicks(send);
    await scriptClicks(region.getByRole('button', { name: 'Cancel' }));
    expect(await writes()).toEqual([]);
    expect(await send.count()).toBe(1); // Cancel from a script did not close the preview either
    await send.click();
    await expect.poll(writes, { timeout: 15_000 }).toContain(BULK_INVITE);
  });

  it('the help-center picker starts on a placeholder: Invite all does nothing until the agent chooses', async () => {
    const region = await openAccount();
    const picker = region.getByRole('combobox', { name: 'Help center to invite to' });
    expect(await picker.evaluate((element: HTMLSelectElement) => element.value)).toBe('');
    expect(await region.getByRole('button', { name: /^Invite all/ }).isDisabled()).toBe(true);
  });
});

describe('the bulk runs refuse clicks from a script in the page', () => {
  it('Deactivate all, Confirm deactivation, Cancel and Stop: nothing is sent or stopped by a script', async () => {
    await suite.stack.fake.control.setLatency({ route: 'PATCH /api/v1/users/{userId}', ms: 150 });
    const region = await openAccount(DEMO.accounts.offboarding, OFFBOARDING_SIZE);
    await scriptRun('Help center to deactivate in', 'Acme Help Center', ['Deactivate all', 'Confirm deactivation']);
    expect(await writes()).toEqual([]);
    expect(await region.getByRole('button', { name: /^Confirm deactivation/ }).count()).toBe(0);

    await region.getByRole('combobox', { name: 'Help center to deactivate in' }).selectOption({ label: 'Acme Help Center' });
    await region.getByRole('button', { name: /^Deactivate all/ }).click();
    const confirm = region.getByRole('button', { name: /^Confirm deactivation/ });
    await confirm.waitFor({ timeout: 15_000 });
    await scriptClicks(confirm);
    await scriptClicks(region.getByRole('button', { name: 'Cancel' }));
    expect(await writes()).toEqual([]);
    expect(await confirm.count()).toBe(1);

    await confirm.click();
    const stop = region.getByRole('button', { name: 'Stop' });
    await stop.waitFor({ timeout: 10_000 });
    await scriptClicks(stop);
    const status = region.getByRole('status');
    await expect.poll(() => status.count(), { timeout: 60_000 }).toBe(1);
    expect(await status.innerText()).toContain('0 not sent.'); // the script's Stop stopped nothing
  });

  it('Add all and Add to group: nothing is sent', async () => {
    const region = await openAccount(DEMO.accounts.offboarding, OFFBOARDING_SIZE);
    const picker = region.getByRole('combobox', { name: 'Group to add everyone to' });
    await expect.poll(() => picker.isDisabled(), { timeout: 15_000 }).toBe(false);
    await scriptRun('Group to add everyone to', 'Beta programme', ['Add all', 'Add to group']);
    expect(await writes()).toEqual([]);
    expect(await region.getByRole('button', { name: 'Add to group' }).count()).toBe(0);
  });
});
