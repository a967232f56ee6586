import { browser } from 'wxt/browser';

/** Opens Zoho's sign-in (or, with interactive false, tries it silently) and resolves with the final redirect URL. */
export type LaunchWebAuthFlow = (url: string, interactive: boolean) => Promise<string>;

export const launchWebAuthFlow: LaunchWebAuthFlow = async (url, interactive) => {
  const result = await browser.identity.launchWebAuthFlow({ url, interactive });
  if (!result) throw new Error('The sign-in window closed without an answer.');
  return result;
};

export const getRedirectUrl = (): string => browser.identity.getRedirectURL();
