// Zoho runs one isolated stack per data center: an account, its tokens and its orgs live in exactly one.
export const DATA_CENTERS = {
  us: { accountsHost: 'accounts.zoho.com', deskHost: 'desk.zoho.com' },
  eu: { accountsHost: 'accounts.zoho.eu', deskHost: 'desk.zoho.eu' },
  in: { accountsHost: 'accounts.zoho.in', deskHost: 'desk.zoho.in' },
  au: { accountsHost: 'accounts.zoho.com.au', deskHost: 'desk.zoho.com.au' },
  jp: { accountsHost: 'accounts.zoho.jp', deskHost: 'desk.zoho.jp' },
  cn: { accountsHost: 'accounts.zoho.com.cn', deskHost: 'desk.zoho.com.cn' },
  sa: { accountsHost: 'accounts.zoho.sa', deskHost: 'desk.zoho.sa' },
  ca: { accountsHost: 'accounts.zohocloud.ca', deskHost: 'desk.zohocloud.ca' },
} as const;

export type DataCenterId = keyof typeof DATA_CENTERS;
export const DATA_CENTER_IDS = /* @__PURE__ */ Object.keys(DATA_CENTERS) as DataCenterId[];

export const DESK_HOSTS: readonly string[] = /* @__PURE__ */ DATA_CENTER_IDS.map((id) => DATA_CENTERS[id].deskHost);

export function dataCenterOfDeskHost(host: string): DataCenterId | undefined {
  return DATA_CENTER_IDS.find((id) => DATA_CENTERS[id].deskHost === host);
}

export function dataCenterOfAccountsServer(origin: string): DataCenterId | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  // An exact https origin only: "accounts.zoho.com.evil.example" or a path trick must not pass.
  if (url.protocol !== 'https:' || url.port !== '' || url.username || url.password) return undefined;
  if (url.pathname !== '/' && url.pathname !== '') return undefined;
  return DATA_CENTER_IDS.find((id) => DATA_CENTERS[id].accountsHost === url.hostname);
}
