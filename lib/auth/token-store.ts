import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { DATA_CENTERS, DATA_CENTER_IDS, dataCenterOfAccountsServer, type DataCenterId } from '../data-centers';
import { STORAGE_KEYS } from '../storage-keys';
import { defineSealedItem } from './secret-box';

// Where the sign-in lives. The access token (an hour of validity) sits in storage.session: memory only, gone
// with the browser. What must survive a restart — the refresh token and which data center and grant it
// belongs to — sits in storage.local. Both areas are restricted to trusted contexts where the browser can,
// so a content script cannot read them (it has no message kind that returns them either). Firefox cannot lock
// storage.local, so the refresh token is kept sealed there as well (secret-box.ts).

export interface StoredAccess {
  token: string;
  /** Epoch ms. */
  expiresAt: number;
}

export interface StoredGrant {
  grant: 'code' | 'implicit';
  dataCenter: DataCenterId;
  /** Origin of the accounts server that issued the tokens (already allow-listed). */
  accountsServer: string;
  /** Absent for the implicit grant, which renews by a silent sign-in instead. */
  refreshToken: string | null;
  /** The client the tokens were issued to: a refresh must use the same one. */
  clientId: string;
}

export const accessItem = storage.defineItem<StoredAccess | null>(STORAGE_KEYS.access, { fallback: null });
const nonEmpty = z.string().check(z.minLength(1));

/**
 * A stored grant as it must be to be used. Its accounts server is where the refresh token is sent: it must be
 * the accounts server of its data center in the table, and is used as the table has it, never as stored.
 */
const storedGrantSchema: z.ZodMiniType<StoredGrant> = z.pipe(
  z
    .object({
      grant: z.enum(['code', 'implicit']),
      dataCenter: z.enum(DATA_CENTER_IDS as [DataCenterId, ...DataCenterId[]]),
      accountsServer: z.string(),
      refreshToken: z.nullable(nonEmpty),
      clientId: nonEmpty,
    })
    .check(z.refine((grant) => dataCenterOfAccountsServer(grant.accountsServer) === grant.dataCenter)),
  z.transform((grant: StoredGrant) => ({ ...grant, accountsServer: `https://${DATA_CENTERS[grant.dataCenter].accountsHost}` })),
);

export const grantItem = defineSealedItem<StoredGrant, 'refreshToken'>(STORAGE_KEYS.grant, 'refreshToken', {
  schema: storedGrantSchema,
  bindTo: (grant) => JSON.stringify([grant.grant, grant.dataCenter, grant.accountsServer, grant.clientId]),
});

type Area = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void> };

let restricted: Promise<void> | undefined;

/**
 * Chrome lets storage.local and storage.session be locked to extension pages and the service worker; Firefox
 * has it on session only (and session is locked there already). Feature-detected, never fatal.
 */
export function restrictStorageToTrustedContexts(): Promise<void> {
  restricted ??= (async () => {
    const areas = [browser.storage.session as unknown as Area | undefined, browser.storage.local as unknown as Area | undefined];
    for (const area of areas) {
      try {
        await area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
      } catch {
        // Not supported in this browser or context: the message protocol still never hands a token out.
      }
    }
  })();
  return restricted;
}

/** For tests: let the next call set the access levels again. */
export function resetStorageRestriction() {
  restricted = undefined;
}

export async function forgetTokens() {
  await Promise.all([accessItem.removeValue(), grantItem.removeValue()]);
}
