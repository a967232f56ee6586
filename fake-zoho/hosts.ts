import { DATA_CENTERS, DATA_CENTER_IDS, type DataCenterId } from '../lib/data-centers';

// One loopback server plays every Zoho host; the browser reaches it through --host-resolver-rules and the
// Host header (plus SNI) tells the server which Zoho it is pretending to be.

export const ZOHO_HOSTS: readonly string[] = DATA_CENTER_IDS.flatMap((id) => [
  DATA_CENTERS[id].deskHost,
  DATA_CENTERS[id].accountsHost,
]);

/** Hosts that reach the control API: the fake's own origin, never a Zoho name. */
export const CONTROL_HOSTS: readonly string[] = ['127.0.0.1', 'localhost'];

/** Zoho's token responses name the API domain of the data center, even though Desk lives on desk.zoho.*. */
export const API_DOMAINS: Record<DataCenterId, string> = {
  us: 'https://www.zohoapis.com',
  eu: 'https://www.zohoapis.eu',
  in: 'https://www.zohoapis.in',
  au: 'https://www.zohoapis.com.au',
  jp: 'https://www.zohoapis.jp',
  cn: 'https://www.zohoapis.com.cn',
  sa: 'https://www.zohoapis.sa',
  ca: 'https://www.zohoapis.ca',
};

export type HostTarget =
  | { kind: 'desk'; dataCenter: DataCenterId }
  | { kind: 'accounts'; dataCenter: DataCenterId }
  | { kind: 'control' }
  | { kind: 'unknown' };

export function classifyHost(host: string): HostTarget {
  for (const id of DATA_CENTER_IDS) {
    if (DATA_CENTERS[id].deskHost === host) return { kind: 'desk', dataCenter: id };
    if (DATA_CENTERS[id].accountsHost === host) return { kind: 'accounts', dataCenter: id };
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

/** Chromium's --host-resolver-rules value mapping every Zoho host to the fake. */
export function hostResolverRules(port: number): string {
  return ZOHO_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
}

export function accountsServerUrl(dataCenter: DataCenterId): string {
  return `https://${DATA_CENTERS[dataCenter].accountsHost}`;
}
