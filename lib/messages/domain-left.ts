// An org's own Desk domain taken out (removed on the options page, its access revoked in the browser, dropped from
// policy): the background tells the open tabs, and the content script on that host stands down. Unregistering the
// script only keeps it out of pages loaded later; the copy already running in a tab would otherwise keep its panel.

import { CHANNEL } from './channel';

/** What the background sends to every tab (tabs.sendMessage): only the extension itself can send it there. */
export const domainLeftMessage = (hosts: string[]) => ({ channel: CHANNEL, kind: 'domain.left', hosts }) as const;

export function isDomainLeft(message: unknown, host: string): boolean {
  const candidate = message as { channel?: unknown; kind?: unknown; hosts?: unknown } | null;
  return (
    candidate?.channel === CHANNEL && candidate.kind === 'domain.left' && Array.isArray(candidate.hosts) && candidate.hosts.includes(host)
  );
}
