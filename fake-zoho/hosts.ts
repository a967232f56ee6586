// Zoho's hosts per data center, written out here rather than taken from lib/data-centers: the fake is the
// reference the extension is tested against, so a wrong host in lib/ fails a test (test/hosts.test.ts) instead
// of being copied into the fake.
export const ZOHO_DATA_CENTERS = {
  us: { desk: 'desk.zoho.com', accounts: 'accounts.zoho.com', api: 'https://www.zohoapis.com' },
  eu: { desk: 'desk.zoho.eu', accounts: 'accounts.zoho.eu', api: 'https://www.zohoapis.eu' },
  in: { desk: 'desk.zoho.in', accounts: 'accounts.zoho.in', api: 'https://www.zohoapis.in' },
  au: { desk: 'desk.zoho.com.au', accounts: 'accounts.zoho.com.au', api: 'https://www.zohoapis.com.au' },
  jp: { desk: 'desk.zoho.jp', accounts: 'accounts.zoho.jp', api: 'https://www.zohoapis.jp' },
  cn: { desk: 'desk.zoho.com.cn', accounts: 'accounts.zoho.com.cn', api: 'https://www.zohoapis.com.cn' },
  sa: { desk: 'desk.zoho.sa', accounts: 'accounts.zoho.sa', api: 'https://www.zohoapis.sa' },
  // Canada is on zohocloud.ca, not zoho.ca.
  ca: { desk: 'desk.zohocloud.ca', accounts: 'accounts.zohocloud.ca', api: 'https://www.zohoapis.ca' },
} as const;

export type DataCenterId = keyof typeof ZOHO_DATA_CENTERS;
export const DATA_CENTER_IDS = Object.keys(ZOHO_DATA_CENTERS) as DataCenterId[];

export const deskHostOf = (dataCenter: DataCenterId): string => ZOHO_DATA_CENTERS[dataCenter].desk;

export function dataCenterOfDeskHost(host: string): DataCenterId | undefined {
  return DATA_CENTER_IDS.find((id) => ZOHO_DATA_CENTERS[id].desk === host);
}

// One loopback server plays every Zoho host; the browser reaches it through --host-resolver-rules and the
// Host header (plus SNI) tells the server which Zoho it is pretending to be.

export const ZOHO_HOSTS: readonly string[] = DATA_CENTER_IDS.flatMap((id) => [ZOHO_DATA_CENTERS[id].desk, ZOHO_DATA_CENTERS[id].accounts]);

/** Hosts that reach the control API: the fake's own origin, never a Zoho name. */
export const CONTROL_HOSTS: readonly string[] = ['127.0.0.1', 'localhost'];

/** Zoho's token responses name the API domain of the data center, even though Desk lives on desk.zoho.*. */
export const API_DOMAINS = Object.fromEntries(DATA_CENTER_IDS.map((id) => [id, ZOHO_DATA_CENTERS[id].api])) as Record<DataCenterId, string>;

/**
 * Desk's domain mapping: an org's own host name (support.example.com) that serves its agent pages, the portal's
 * data center behind it. Desk's API stays on the data center's own hosts, so a mapped host serves pages only.
 */
export type DeskDomains = Readonly<Record<string, DataCenterId>>;

export type HostTarget =
  | { kind: 'desk'; dataCenter: DataCenterId }
  | { kind: 'domain'; dataCenter: DataCenterId }
  | { kind: 'accounts'; dataCenter: DataCenterId }
  | { kind: 'control' }
  | { kind: 'unknown' };

export function classifyHost(host: string, domains: DeskDomains = {}): HostTarget {
  if (Object.hasOwn(domains, host)) return { kind: 'domain', dataCenter: domains[host]! };
  for (const id of DATA_CENTER_IDS) {
    if (ZOHO_DATA_CENTERS[id].desk === host) return { kind: 'desk', dataCenter: id };
    if (ZOHO_DATA_CENTERS[id].accounts === host) return { kind: 'accounts', dataCenter: id };
  }
  if (CONTROL_HOSTS.includes(host)) return { kind: 'control' };
  return { kind: 'unknown' };
}

/** "desk.zoho.eu:8443" → "desk.zoho.eu"; lower-cased because Host is case-insensitive. */
export function hostWithoutPort(hostHeader: string | undefined): string {
  const value = (hostHeader ?? '').trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  const colon = value.lastIndexOf(':');
  return colon === -1 ? value : value.slice(0, colon);
}

/** Chromium's --host-resolver-rules value mapping every Zoho host (and any mapped Desk domain) to the fake. */
export function hostResolverRules(port: number, domains: readonly string[] = []): string {
  return [...ZOHO_HOSTS, ...domains].map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
}

export function accountsServerUrl(dataCenter: DataCenterId): string {
  return `https://${ZOHO_DATA_CENTERS[dataCenter].accounts}`;
}
