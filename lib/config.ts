import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { defineSealedItem } from './auth/secret-box';
import { normalizeDeskDomain } from './custom-domains';
import { STORAGE_KEYS } from './storage-keys';

// Which Zoho API client to sign in with, and where the extension may work. An enterprise policy
// (storage.managed) wins over what the agent typed in the options page, which wins over the build's default.

export interface StoredClient {
  clientId: string;
  clientSecret: string | null;
}

/** What the agent entered on the options page. storage.local, restricted and with the secret sealed like the tokens. */
export const optionsClientItem = defineSealedItem<StoredClient, 'clientSecret'>(STORAGE_KEYS.client, 'clientSecret', {
  schema: z.object({ clientId: z.string().check(z.minLength(1)), clientSecret: z.nullable(z.string()) }),
  bindTo: (client) => JSON.stringify([client.clientId]),
});

export type ConfigSource = 'policy' | 'options' | 'build';

export interface EffectiveConfig {
  clientId: string | null;
  clientSecret: string | null;
  clientIdSource: ConfigSource | null;
  /** Lower-cased portal names; null means every portal of the signed-in account. */
  allowedPortals: string[] | null;
  /** Which settings the policy fixes (the options page shows them read-only). */
  managed: { clientId: boolean; clientSecret: boolean; allowedPortals: boolean };
}

interface ManagedPolicy {
  clientId?: string;
  clientSecret?: string;
  allowedPortals?: string[];
  customDomains?: string[];
}

const CLIENT_ID = /^[A-Za-z0-9._-]{1,200}$/;

export function isValidClientId(value: string): boolean {
  return CLIENT_ID.test(value);
}

/** storage.managed throws or answers nothing in an unmanaged browser, and a policy may be malformed: never fatal. */
async function readPolicy(): Promise<ManagedPolicy> {
  let raw: Record<string, unknown>;
  try {
    raw = ((await browser.storage.managed?.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
  const policy: ManagedPolicy = {};
  if (typeof raw.clientId === 'string' && isValidClientId(raw.clientId.trim())) policy.clientId = raw.clientId.trim();
  if (typeof raw.clientSecret === 'string' && raw.clientSecret.trim()) policy.clientSecret = raw.clientSecret.trim();
  if (Array.isArray(raw.allowedPortals)) {
    const portals = raw.allowedPortals.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
    policy.allowedPortals = portals.map((portal) => portal.trim().toLowerCase());
  }
  if (Array.isArray(raw.customDomains)) {
    policy.customDomains = raw.customDomains.flatMap((item) => (typeof item === 'string' ? normalizeDeskDomain(item) ?? [] : []));
  }
  return policy;
}

/** The custom Desk domains an enterprise policy lists (each still needs the agent to grant its origin). */
export async function policyCustomDomains(): Promise<string[]> {
  return (await readPolicy()).customDomains ?? [];
}

function buildDefaultClientId(): string | null {
  const value = (import.meta.env.WXT_ZOHO_CLIENT_ID as string | undefined)?.trim();
  return value && isValidClientId(value) ? value : null;
}

export async function loadConfig(): Promise<EffectiveConfig> {
  const [policy, options] = await Promise.all([readPolicy(), optionsClientItem.getValue().catch(() => null)]);
  const managed = {
    clientId: policy.clientId !== undefined,
    clientSecret: policy.clientSecret !== undefined,
    allowedPortals: policy.allowedPortals !== undefined,
  };
  const allowedPortals = policy.allowedPortals ?? null;
  if (policy.clientId) {
    // A policy's secret belongs to the policy's client; the agent's own secret would not match it.
    return { clientId: policy.clientId, clientSecret: policy.clientSecret ?? null, clientIdSource: 'policy', allowedPortals, managed };
  }
  if (options?.clientId) {
    return { clientId: options.clientId, clientSecret: options.clientSecret, clientIdSource: 'options', allowedPortals, managed };
  }
  const fallback = buildDefaultClientId();
  return { clientId: fallback, clientSecret: null, clientIdSource: fallback ? 'build' : null, allowedPortals, managed };
}

/** Saves what the agent typed. A client id fixed by policy cannot be overridden (the caller refuses first). */
export async function saveOptionsClient(client: StoredClient): Promise<void> {
  await optionsClientItem.setValue({ clientId: client.clientId.trim(), clientSecret: client.clientSecret?.trim() || null });
}

export function portalAllowed(config: EffectiveConfig, portal: string): boolean {
  return config.allowedPortals === null || config.allowedPortals.includes(portal.toLowerCase());
}

/**
 * Chromium answers the first storage.managed read of a profile only once it has loaded policy (seen here: about
 * 3 s). Asking as soon as the background starts means the agent's first panel rarely waits for it.
 */
export function warmPolicy(): void {
  void readPolicy();
}
