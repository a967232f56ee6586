// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { createSecretBox, defineSealedItem, indexedDbKeyStore, isSealed, type KeyStore } from './secret-box';

const CONTEXT = 'local:grant\nrefreshToken';
const TOKEN = '1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210';

function memoryKeys(): KeyStore & { key: unknown } {
  const store = {
    key: undefined as unknown,
    get: async () => store.key,
    put: async (key: CryptoKey) => {
      store.key = key;
    },
  };
  return store;
}

describe('secret box', () => {
  it('round-trips, with a fresh IV and ciphertext on every seal', async () => {
    const box = createSecretBox(memoryKeys());
    const a = await box.seal(TOKEN, CONTEXT);
    const b = await box.seal(TOKEN, CONTEXT);
    expect(await box.open(a, CONTEXT)).toBe(TOKEN);
    expect(await box.open(b, CONTEXT)).toBe(TOKEN);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(JSON.stringify([a, b])).not.toContain('0123456789abcdef');
  });

  it('opens nothing tampered, malformed, or sealed under another key, and never throws', async () => {
    const box = createSecretBox(memoryKeys());
    const sealed = await box.seal(TOKEN, CONTEXT);
    const bytes = Uint8Array.from(atob(sealed.ciphertext), (c) => c.charCodeAt(0));
    bytes[0]! ^= 1;
    expect(await box.open({ ...sealed, ciphertext: btoa(String.fromCharCode(...bytes)) }, CONTEXT)).toBeNull();
    expect(await box.open({ ...sealed, iv: btoa('x'.repeat(12)) }, CONTEXT)).toBeNull();
    for (const junk of [null, TOKEN, {}, { iv: '!!', ciphertext: '!!' }, 42]) expect(await box.open(junk, CONTEXT)).toBeNull();
    expect(await createSecretBox(memoryKeys()).open(sealed, CONTEXT)).toBeNull();
  });

  it('opens a value only in the context it was sealed for (AES-GCM additional data)', async () => {
    const box = createSecretBox(memoryKeys());
    const sealed = await box.seal(TOKEN, CONTEXT);
    expect(await box.open(sealed, 'local:client\nclientSecret')).toBeNull();
    expect(await box.open(sealed, `${CONTEXT} `)).toBeNull();
    expect(await box.open(sealed, CONTEXT)).toBe(TOKEN);
  });

  it('makes one non-extractable key on first use and keeps it; a lost or unusable key opens nothing', async () => {
    const keys = memoryKeys();
    const box = createSecretBox(keys);
    expect(await box.open(await createSecretBox(memoryKeys()).seal(TOKEN, CONTEXT), CONTEXT)).toBeNull();
    expect(keys.key).toBeUndefined();
    await Promise.all([box.seal('a', CONTEXT), box.seal('b', CONTEXT)]);
    const key = keys.key as CryptoKey;
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    const sealed = await box.seal(TOKEN, CONTEXT);
    expect(keys.key).toBe(key);
    // A new worker (fresh box) finds the stored key.
    expect(await createSecretBox(keys).open(sealed, CONTEXT)).toBe(TOKEN);
    // Not a usable key: nothing opens, and the next seal makes a new one.
    keys.key = 'not a key';
    const later = createSecretBox(keys);
    expect(await later.open(sealed, CONTEXT)).toBeNull();
    expect(await later.open(await later.seal(TOKEN, CONTEXT), CONTEXT)).toBe(TOKEN);
    expect(keys.key).not.toBe(key);
  });

  it('a key store that fails: open answers null, seal refuses rather than storing in plain', async () => {
    const broken: KeyStore = { get: () => Promise.reject(new Error('no IndexedDB')), put: () => Promise.reject(new Error('no IndexedDB')) };
    const box = createSecretBox(broken);
    expect(await box.open({ iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'AAAA' }, CONTEXT)).toBeNull();
    await expect(box.seal(TOKEN, CONTEXT)).rejects.toThrow('no IndexedDB');
  });

  it('keeps the key in IndexedDB, where a later box finds it', async () => {
    const sealed = await createSecretBox(indexedDbKeyStore()).seal(TOKEN, CONTEXT);
    expect(await createSecretBox(indexedDbKeyStore()).open(sealed, CONTEXT)).toBe(TOKEN);
  });
});

describe('sealed storage item', () => {
  interface Grant {
    clientId: string;
    refreshToken: string | null;
  }
  let box = createSecretBox(memoryKeys());
  const schema = z.object({ clientId: z.string().check(z.minLength(1)), refreshToken: z.nullable(z.string()) });
  const item = defineSealedItem<Grant, 'refreshToken'>('local:testGrant', 'refreshToken', { schema, bindTo: (v) => String(v.clientId) }, () => box);
  const raw = async () => (await fakeBrowser.storage.local.get('testGrant')).testGrant as Record<string, unknown> | undefined;

  beforeEach(() => {
    fakeBrowser.reset();
    box = createSecretBox(memoryKeys());
  });

  it('stores the secret sealed, never in plain, and reads it back', async () => {
    await item.setValue({ clientId: '1000.C', refreshToken: TOKEN });
    const stored = await raw();
    expect(stored?.clientId).toBe('1000.C');
    expect(isSealed(stored?.refreshToken)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('0123456789abcdef');
    expect(await item.getValue()).toEqual({ clientId: '1000.C', refreshToken: TOKEN });
    await item.setValue({ clientId: '1000.C', refreshToken: null });
    expect(await raw()).toEqual({ clientId: '1000.C', refreshToken: null });
    await item.removeValue();
    expect(await item.getValue()).toBeNull();
  });

  it('reads as absent when the secret cannot be opened (key lost, or tampered)', async () => {
    await item.setValue({ clientId: '1000.C', refreshToken: TOKEN });
    box = createSecretBox(memoryKeys());
    expect(await item.getValue()).toBeNull();
    await fakeBrowser.storage.local.set({ testGrant: { clientId: '1000.C', refreshToken: { iv: 'x', ciphertext: 'y' } } });
    expect(await item.getValue()).toBeNull();
  });

  it('refuses a secret in plain text (an older version, or someone writing storage), and leaves it unread', async () => {
    await fakeBrowser.storage.local.set({ testGrant: { clientId: '1000.C', refreshToken: TOKEN } });
    expect(await item.getValue()).toBeNull();
    expect((await raw())?.refreshToken).toBe(TOKEN);
  });

  it('refuses a sealed secret next to other fields than it was sealed with', async () => {
    await item.setValue({ clientId: '1000.C', refreshToken: TOKEN });
    await fakeBrowser.storage.local.set({ testGrant: { ...(await raw()), clientId: '1000.OTHER' } });
    expect(await item.getValue()).toBeNull();
  });

  it('refuses what its schema refuses', async () => {
    await item.setValue({ clientId: '', refreshToken: TOKEN });
    expect(await item.getValue()).toBeNull();
    await fakeBrowser.storage.local.set({ testGrant: 'not a record' });
    expect(await item.getValue()).toBeNull();
  });
});
