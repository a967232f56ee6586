import { randomBytes } from 'node:crypto';
import type { DataCenterId } from '../types';
import type { Clock } from '../clock';

/** Zoho's grant tokens live a few minutes; two is enough for any honest client and short enough to test. */
export const CODE_LIFETIME_MS = 2 * 60 * 1000;

export interface AuthorizationCode {
  code: string;
  clientId: string;
  redirectUri: string;
  agentEmail: string;
  /** Only the accounts server of this data center knows the code. */
  dataCenter: DataCenterId;
  scopes: string[];
  offline: boolean;
  /** S256 challenge; null for the confidential client when it sent none. */
  codeChallenge: string | null;
  expiresAt: number;
}

export class CodeStore {
  private readonly codes = new Map<string, AuthorizationCode>();

  constructor(private readonly clock: Clock) {}

  issue(fields: Omit<AuthorizationCode, 'code' | 'expiresAt'>): AuthorizationCode {
    const record: AuthorizationCode = {
      ...fields,
      code: `1000.${randomBytes(16).toString('hex')}.${randomBytes(16).toString('hex')}`,
      expiresAt: this.clock.now() + CODE_LIFETIME_MS,
    };
    this.codes.set(record.code, record);
    return record;
  }

  /**
   * The code as this data center's accounts server sees it, consumed on the first attempt (even a failing one,
   * so a verifier cannot be guessed repeatedly). Another data center does not know it and leaves it alone.
   */
  take(code: string, dataCenter: DataCenterId): AuthorizationCode | undefined {
    const record = this.codes.get(code);
    if (!record || record.dataCenter !== dataCenter) return undefined;
    this.codes.delete(code);
    return record.expiresAt > this.clock.now() ? record : undefined;
  }

  clear(): void {
    this.codes.clear();
  }
}
