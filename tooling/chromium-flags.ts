/**
 * Chromium's flags for talking to the fake Zoho on this closed network: its self-signed certificate, and none of
 * the background networking that would flood the machine with refused connections.
 */
export const CHROMIUM_FLAGS = [
  '--ignore-certificate-errors',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
