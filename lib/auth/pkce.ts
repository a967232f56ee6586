// PKCE (RFC 7636) with S256: the authorization code is useless to anyone who intercepts the redirect
// without the verifier, which never leaves the background.

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function randomToken(byteLength = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(byteLength)));
}

/** 43 characters of the unreserved alphabet (32 random bytes), the RFC's recommended length. */
export function createVerifier(): string {
  return randomToken(32);
}

export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export interface PkcePair {
  verifier: string;
  challenge: string;
}

export async function createPkce(): Promise<PkcePair> {
  const verifier = createVerifier();
  return { verifier, challenge: await challengeOf(verifier) };
}
