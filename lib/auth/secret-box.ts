import { storage } from '@wxt-dev/storage';
import type { ZodMiniType } from 'zod/mini';

// Secrets kept in storage.local (the refresh token, the client secret) are sealed with AES-GCM. Firefox cannot
// lock storage.local to trusted contexts, so a content script of ours could read it; the key lives in the
// extension origin's IndexedDB, which a content script (running with the page's origin) cannot open. The key is
// non-extractable: not even our own pages can read its bytes. Each sealed value is bound to where it belongs
// (AES-GCM additional data: the item, the field and the record's other fields), so one sealed value copied
// over another, or next to other fields, opens as nothing.

/** What storage.local holds instead of the secret. Base64. */
export interface Sealed {
  iv: string;
  ciphertext: string;
}

/** Where the key lives. IndexedDB in the extension; injectable for tests. */
export interface KeyStore {
  get(): Promise<unknown>;
  put(key: CryptoKey): Promise<void>;
}

const DB = 'desk-companion-keys';
const STORE = 'keys';
const KEY_ID = 'secrets-v1';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function indexedDbKeyStore(): KeyStore {
  const open = () => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    return request(req);
  };
  const inStore = async <T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await open();
    try {
      const tx = db.transaction(STORE, mode);
      const result = await request(run(tx.objectStore(STORE)));
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = tx.onabort = () => reject(tx.error);
      });
      return result;
    } finally {
      db.close();
    }
  };
  return {
    get: () => inStore('readonly', (store) => store.get(KEY_ID)),
    put: async (key) => {
      await inStore('readwrite', (store) => store.put(key, KEY_ID));
    },
  };
}

function usable(key: unknown): key is CryptoKey {
  return (
    typeof CryptoKey !== 'undefined' &&
    key instanceof CryptoKey &&
    key.algorithm.name === 'AES-GCM' &&
    key.usages.includes('encrypt') &&
    key.usages.includes('decrypt')
  );
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export interface SecretBox {
  /** Throws when no key can be had: a secret is never stored in plain instead. `context` must be given again to open. */
  seal(plain: string, context: string): Promise<Sealed>;
  /** The secret, or null: no key, a different key, another context, tampered or malformed. Never throws. */
  open(sealed: unknown, context: string): Promise<string | null>;
}

const additionalData = (context: string) => new TextEncoder().encode(context);

export function createSecretBox(keys: KeyStore = indexedDbKeyStore()): SecretBox {
  // Only the background seals, so one cached promise is enough to keep two first writes from making two keys.
  let cached: Promise<CryptoKey> | undefined;

  async function existing(): Promise<CryptoKey | null> {
    if (cached) return cached.catch(() => null);
    const key = await keys.get().catch(() => undefined);
    if (!usable(key)) return null;
    cached ??= Promise.resolve(key);
    return cached;
  }

  function keyForWriting(): Promise<CryptoKey> {
    cached ??= (async () => {
      const key = await keys.get().catch(() => undefined);
      if (usable(key)) return key;
      // First run, or the key is gone or unusable: what it sealed cannot be opened any more either way.
      const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      await keys.put(fresh);
      return fresh;
    })();
    cached.catch(() => {
      cached = undefined;
    });
    return cached;
  }

  return {
    async seal(plain, context) {
      const key = await keyForWriting();
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const params = { name: 'AES-GCM', iv, additionalData: additionalData(context) };
      const ciphertext = await crypto.subtle.encrypt(params, key, new TextEncoder().encode(plain));
      return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
    },
    async open(sealed, context) {
      try {
        if (!isSealed(sealed)) return null;
        const key = await existing();
        if (!key) return null;
        const params = { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: additionalData(context) };
        const plain = await crypto.subtle.decrypt(params, key, fromBase64(sealed.ciphertext));
        return new TextDecoder().decode(plain);
      } catch {
        return null;
      }
    },
  };
}

export function isSealed(value: unknown): value is Sealed {
  const v = value as Partial<Sealed> | null;
  return typeof v === 'object' && v !== null && typeof v.iv === 'string' && typeof v.ciphertext === 'string';
}

let defaultBox: SecretBox | undefined;
/** The extension's box, made on first use (IndexedDB is only touched when a secret is read or written). */
export function secretBox(): SecretBox {
  return (defaultBox ??= createSecretBox());
}

type SecretField<T> = { [K in keyof T]: T[K] extends string | null ? K : never }[keyof T] & string;
type AtRest<T, F extends keyof T> = Omit<T, F> & { [K in F]: Sealed | null };

export interface SealedItemOptions<T> {
  /** What a stored value must be once its secret is opened; anything else reads as absent. */
  schema: ZodMiniType<T>;
  /** The record's other fields its secret is bound to; a secret sealed for other values opens as nothing. */
  bindTo?: (value: Record<string, unknown>) => string;
}

/**
 * A storage.local item whose one secret field is kept sealed. Same getValue/setValue/removeValue as a WXT item.
 * Whoever can write extension storage can put anything there, so what is read back is checked as strictly as
 * a message: a secret in plain text, one that cannot be opened here (key lost, tampered, or sealed for another
 * field or record), or a record its schema refuses makes the whole item read as absent (signed out, not
 * configured) and the agent connects again.
 */
export function defineSealedItem<T extends object, F extends SecretField<T>>(
  key: `local:${string}`,
  field: F,
  options: SealedItemOptions<T>,
  box: () => SecretBox = secretBox,
) {
  const raw = storage.defineItem<AtRest<T, F> | null>(key, { fallback: null });
  const contextOf = (value: Record<string, unknown>) => `${key}\n${field}\n${options.bindTo?.(value) ?? ''}`;
  // Writes are serialised, so two of them cannot interleave their sealing and land out of order.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <R>(run: () => Promise<R>): Promise<R> => {
    const next = queue.then(run, run);
    queue = next.catch(() => {});
    return next;
  };

  async function toRest(value: T): Promise<AtRest<T, F>> {
    const secret = value[field] as string | null;
    const context = contextOf(value as Record<string, unknown>);
    return { ...value, [field]: secret === null ? null : await box().seal(secret, context) } as AtRest<T, F>;
  }

  return {
    async getValue(): Promise<T | null> {
      const stored = (await raw.getValue().catch(() => null)) as Record<string, unknown> | null;
      if (!stored || typeof stored !== 'object') return null;
      const secret = stored[field];
      let opened: string | null = null;
      if (secret !== null) {
        if (!isSealed(secret)) return null;
        opened = await box().open(secret, contextOf(stored));
        if (opened === null) return null;
      }
      const parsed = options.schema.safeParse({ ...stored, [field]: opened });
      return parsed.success ? parsed.data : null;
    },
    setValue(value: T | null): Promise<void> {
      return serial(async () => raw.setValue(value === null ? null : await toRest(value)));
    },
    removeValue(): Promise<void> {
      return serial(() => raw.removeValue());
    },
  };
}
