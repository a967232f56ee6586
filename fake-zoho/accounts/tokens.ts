import { randomBytes } from 'node:crypto';
import type { DataCenterId, TokenInfo } from '../types';
import type { Clock } from '../clock';

// Zoho's documented limits, enforced so the extension's token handling meets them in tests.
export const ACCESS_TOKEN_LIFETIME_S = 3600;
/** Access tokens one refresh token may mint per window; the next is refused until the window slides. */
export const REFRESH_LIMIT = 10;
export const REFRESH_WINDOW_MS = 10 * 60 * 1000;
/** Live access tokens per refresh token; minting one more invalidates the oldest. */
export const ACCESS_TOKENS_PER_REFRESH_TOKEN = 15;
/** Refresh tokens per user and client; the 21st deletes the oldest. */
export const REFRESH_TOKENS_PER_USER = 20;

export interface Grant {
  clientId: string;
  agentEmail: string;
  dataCenter: DataCenterId;
  scopes: string[];
}

interface AccessRecord extends Grant {
  token: string;
  expiresAt: number;
  issuedAt: number;
  refreshToken: string | null;
}

interface RefreshRecord extends Grant {
  token: string;
  createdAt: number;
  /** When each access token minted through grant_type=refresh_token was issued, for the rate limit. */
  refreshedAt: number[];
}

export type RefreshOutcome =
  | { ok: true; accessToken: string; expiresIn: number }
  | { ok: false; reason: 'unknown' | 'client-mismatch' | 'rate-limited' };

function newToken(): string {
  return `1000.${randomBytes(16).toString('hex')}.${randomBytes(16).toString('hex')}`;
}

export class TokenStore {
  private readonly access = new Map<string, AccessRecord>();
  private readonly refresh = new Map<string, RefreshRecord>();

  constructor(private readonly clock: Clock) {}

  issueAccessToken(grant: Grant, refreshToken: string | null = null): { accessToken: string; expiresIn: number } {
    const now = this.clock.now();
    const record: AccessRecord = {
      ...grant,
      scopes: [...grant.scopes],
      token: newToken(),
      issuedAt: now,
      expiresAt: now + ACCESS_TOKEN_LIFETIME_S * 1000,
      refreshToken,
    };
    this.access.set(record.token, record);
    if (refreshToken) this.trimAccessTokens(refreshToken);
    return { accessToken: record.token, expiresIn: ACCESS_TOKEN_LIFETIME_S };
  }

  issueRefreshToken(grant: Grant): string {
    const record: RefreshRecord = { ...grant, scopes: [...grant.scopes], token: newToken(), createdAt: this.clock.now(), refreshedAt: [] };
    this.refresh.set(record.token, record);
    const mine = [...this.refresh.values()].filter((r) => r.agentEmail === grant.agentEmail && r.clientId === grant.clientId);
    for (const oldest of mine.slice(0, Math.max(0, mine.length - REFRESH_TOKENS_PER_USER))) this.revoke(oldest.token);
    return record.token;
  }

  /** grant_type=refresh_token at `dataCenter`'s accounts server. */
  refreshAccessToken(refreshToken: string, dataCenter: DataCenterId, clientId: string): RefreshOutcome {
    const record = this.refresh.get(refreshToken);
    if (!record || record.dataCenter !== dataCenter) return { ok: false, reason: 'unknown' };
    if (record.clientId !== clientId) return { ok: false, reason: 'client-mismatch' };
    const now = this.clock.now();
    record.refreshedAt = record.refreshedAt.filter((at) => at > now - REFRESH_WINDOW_MS);
    if (record.refreshedAt.length >= REFRESH_LIMIT) return { ok: false, reason: 'rate-limited' };
    record.refreshedAt.push(now);
    return { ok: true, ...this.issueAccessToken(record, refreshToken) };
  }

  /** What a Desk call's `Zoho-oauthtoken` is worth: null when unknown, revoked or expired. */
  lookup(accessToken: string): TokenInfo | null {
    const record = this.access.get(accessToken);
    if (!record || record.expiresAt <= this.clock.now()) return null;
    return { dataCenter: record.dataCenter, clientId: record.clientId, scopes: [...record.scopes], agentEmail: record.agentEmail };
  }

  /** A refresh token takes its access tokens with it; an access token goes alone. Other data centers' tokens are unknown here. */
  revoke(token: string, dataCenter?: DataCenterId): boolean {
    const known = this.refresh.get(token) ?? this.access.get(token);
    if (!known || (dataCenter && known.dataCenter !== dataCenter)) return false;
    if (this.refresh.delete(token)) {
      for (const [key, record] of this.access) if (record.refreshToken === token) this.access.delete(key);
      return true;
    }
    return this.access.delete(token);
  }

  expireAccessTokens(): void {
    const now = this.clock.now();
    for (const record of this.access.values()) record.expiresAt = Math.min(record.expiresAt, now - 1);
  }

  /** Makes every grant so far one made without `scope`, as a grant from before the extension asked for it. */
  withdrawScope(scope: string): void {
    for (const record of [...this.access.values(), ...this.refresh.values()]) record.scopes = record.scopes.filter((s) => s !== scope);
  }

  revokeRefreshTokens(): void {
    for (const token of [...this.refresh.keys()]) this.revoke(token);
  }

  clear(): void {
    this.access.clear();
    this.refresh.clear();
  }

  private trimAccessTokens(refreshToken: string): void {
    const now = this.clock.now();
    const live = [...this.access.values()].filter((r) => r.refreshToken === refreshToken && r.expiresAt > now);
    for (const oldest of live.slice(0, Math.max(0, live.length - ACCESS_TOKENS_PER_REFRESH_TOKEN))) this.access.delete(oldest.token);
  }
}
