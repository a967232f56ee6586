import { DESK_HOSTS } from '../data-centers';
import type { SenderInfo } from './router';

/**
 * Who is talking to the background: one of our own extension pages (the options page), our own content script
 * in the top frame of a Desk tab, or nobody we answer. Bitwarden-style: check before answering, because the
 * answers carry customer data.
 */
export type SenderTrust = 'extension-page' | 'content-script';

export function senderTrust(
  sender: SenderInfo,
  ownId: string,
  ownOrigin: string,
  /** An org's own Desk domains the content script is registered on right now (lib/background/custom-domains.ts). */
  customHosts: ReadonlySet<string> = new Set(),
): SenderTrust | null {
  if (sender.id !== ownId || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  // A content script's sender always carries its tab; an extension page opened in a tab does too, so the
  // origin decides: only our own pages live on our origin. Compared as scheme + host, not URL.origin: that is
  // "null" for every scheme a URL parser does not know (Node's does not know chrome-extension:), and
  // "null" === "null" would make any other extension's page look like ours.
  const originOf = (u: URL) => `${u.protocol}//${u.host}`;
  if (originOf(url) === originOf(new URL(ownOrigin))) return 'extension-page';
  if (sender.frameId !== 0 || !sender.tab) return null;
  return url.protocol === 'https:' && url.port === '' && (DESK_HOSTS.includes(url.hostname) || customHosts.has(url.hostname))
    ? 'content-script'
    : null;
}
