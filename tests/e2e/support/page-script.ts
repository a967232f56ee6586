import type { Locator } from 'playwright-core';

/**
 * Clicks from the page's own world, both ways a script can: `.click()` and a dispatched MouseEvent. Playwright's
 * `evaluate` runs in the main world, where Desk's scripts run.
 */
export async function scriptClicks(target: Locator) {
  await target.evaluate((button: HTMLElement) => {
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  });
}
