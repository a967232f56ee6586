import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { connectedSuite, panelOf, waitForSettled } from './support/stack';
import { usContactUrl } from './support/world';

// Issue 15: Desk's page is not ours. Elements with ids or names become properties of window (DOM clobbering),
// also as the extension's isolated world sees it: a page element named "browser" must not stand in for the
// extension API.

const suite = connectedSuite();

describe('a page that clobbers the extension’s globals', () => {
  it('an element named "browser" (with a "runtime" inside) does not stop the panel from loading', async () => {
    const page = await suite.newPage();
    // In place before the content script's first look (document_idle), as a page's own markup would be.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const form = document.createElement('form');
        form.id = 'browser';
        form.innerHTML = '<input name="runtime" id="clobbered"><input name="sendMessage"><input name="getURL">';
        document.body.append(form);
      });
    });
    await page.goto(usContactUrl(DEMO.contacts.active));
    await waitForSettled(page);
    await expect.poll(() => panelOf(page).getByRole('region', { name: 'Help centers' }).getByRole('listitem').count()).toBeGreaterThan(0);
  });
});
