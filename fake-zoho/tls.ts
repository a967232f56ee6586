import { generate } from 'selfsigned';
import { ZOHO_HOSTS } from './hosts';

export interface Certificate {
  key: string;
  cert: string;
}

// Generated once per process and set of extra names: tests start many servers and the browser ignores certificate
// errors anyway. The SANs still name every host (an org's own Desk domains included) so a client that checks names
// (curl --insecure aside) sees a plausible cert.
const cached = new Map<string, Promise<Certificate>>();

export function certificate(extraHosts: readonly string[] = []): Promise<Certificate> {
  const key = [...extraHosts].sort().join(',');
  let made = cached.get(key);
  if (!made) {
    made = generateFor(extraHosts);
    cached.set(key, made);
  }
  return made;
}

function generateFor(extraHosts: readonly string[]): Promise<Certificate> {
  return generate([{ name: 'commonName', value: 'desk.zoho.com' }], {
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
          ...[...ZOHO_HOSTS, ...extraHosts].map((value) => ({ type: 2 as const, value })),
          { type: 2 as const, value: 'localhost' },
          { type: 7 as const, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
}
