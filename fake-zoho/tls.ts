import { generate } from 'selfsigned';
import { ZOHO_HOSTS } from './hosts';

export interface Certificate {
  key: string;
  cert: string;
}

// Generated once per process: tests start many servers and the browser ignores certificate errors anyway.
// The SANs still name every host so a client that checks names (curl --insecure aside) sees a plausible cert.
let cached: Promise<Certificate> | undefined;

export function certificate(): Promise<Certificate> {
  cached ??= generate([{ name: 'commonName', value: 'desk.zoho.com' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...ZOHO_HOSTS.map((value) => ({ type: 2 as const, value })),
          { type: 2 as const, value: 'localhost' },
          { type: 7 as const, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return cached;
}
