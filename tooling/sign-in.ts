import type { ExtensionBrowser } from './chromium';
import { optionsUrl } from './chromium';

/** The fake accounts server's registered client-based app (no secret, PKCE required). */
export const DEMO_CLIENT_ID = '1000.DESKCOMPANIONDEMO';

/** Signs in the way an agent does: the options page, "Connect to Zoho", the OAuth redirect. */
export async function connectThroughOptionsPage(browser: ExtensionBrowser, clientId = DEMO_CLIENT_ID) {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl(browser.extensionId));
  await page.getByLabel('Client ID').fill(clientId);
  await page.getByRole('button', { name: 'Connect to Zoho' }).click();
  await page.getByText(/^Connected\b/).waitFor();
  await page.close();
}
