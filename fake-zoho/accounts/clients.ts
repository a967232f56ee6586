// The apps registered in the fake API console. Both accept only browser-extension redirect URIs, so the
// fake can never be turned into an open redirector by a crafted authorize link.

export interface RegisteredClient {
  id: string;
  /** null: a client-based (public) app, which has no secret and must use PKCE for the code flow. */
  secret: string | null;
}

export const DEMO_CLIENT_ID = '1000.DESKCOMPANIONDEMO';
export const SERVER_CLIENT_ID = '1000.SERVERCLIENT';
export const SERVER_CLIENT_SECRET = 'demo-secret';

export const CLIENTS: readonly RegisteredClient[] = [
  { id: DEMO_CLIENT_ID, secret: null },
  { id: SERVER_CLIENT_ID, secret: SERVER_CLIENT_SECRET },
];

export function findClient(id: string | null): RegisteredClient | undefined {
  return CLIENTS.find((client) => client.id === id);
}

// chrome.identity redirects to https://<extension id>.chromiumapp.org/…, Firefox to https://<hash>.extensions.allizom.org/…
const REDIRECT_HOST = /^[a-z0-9-]{1,64}\.(?:chromiumapp\.org|extensions\.allizom\.org)$/;

export function isAllowedRedirectUri(value: string | null): boolean {
  if (!value) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.port === '' && !url.username && !url.password && REDIRECT_HOST.test(url.hostname);
}
