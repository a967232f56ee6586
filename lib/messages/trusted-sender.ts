import { DESK_HOSTS } from '../data-centers';
import type { SenderInfo } from './router';

/**
 * Who may ask the background for Zoho data: our own extension pages, and our own content script in the top
 * frame of a Desk tab. Bitwarden-style: check before answering, because the answers carry customer data.
 */
export function isTrustedSender(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  if (sender.id !== ownId || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (url.origin === new URL(ownOrigin).origin) return true;
  if (sender.frameId !== 0 || !sender.tab) return false;
  return url.protocol === 'https:' && url.port === '' && DESK_HOSTS.includes(url.hostname);
}
