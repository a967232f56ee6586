// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSecretBox, defineSealedItem, indexedDbKeyStore, isSealed, type KeyStore } from './secret-box';

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
    const a = await box.seal(TOKEN);
    const b = await box.seal(TOKEN);
    expect(await box.open(a)).toBe(TOKEN);
    expect(await box.open(b)).toBe(TOKEN);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(JSON.stringify([a, b])).not.toContain('0123456789abcdef');
  });

  it('opens nothing tampered, malformed, or sealed under another key, and never throws', async () => {
    const box = createSecretBox(memoryKeys());
    const sealed = await box.seal(TOKEN);
    const bytes = Uint8Array.from(atob(sealed.ciphertext), (c) => c.charCodeAt(0));
    bytes[0]! ^= 1;
    expect(await box.open({ ...sealed, ciphertext: btoa(String.fromCharCode(...bytes)) })).toBeNull();
    expect(await box.open({ ...sealed, iv: btoa('x'.repeat(12)) })).toBeNull();
    for (const junk of [null, TOKEN, {}, { iv: '!!', ciphertext: '!!' }, 42]) expect(await box.open(junk)).toBeNull();
    expect(await createSecretBox(memoryKeys()).open(sealed)).toBeNull();
  });

  it('makes one non-extractable key on first use and keeps it; a lost or unusable key opens nothing', async () => {
    const keys = memoryKeys();
    const box = createSecretBox(keys);
    expect(await box.open(await createSecretBox(memoryKeys()).seal(TOKEN))).toBeNull();
    expect(keys.key).toBeUndefined();
    await Promise.all([box.seal('a'), box.seal('b')]);
    const key = keys.key as CryptoKey;
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    const sealed = await box.seal(TOKEN);
    expect(keys.key).toBe(key);
    // A new worker (fresh box) finds the stored key.
    expect(await createSecretBox(keys).open(sealed)).toBe(TOKEN);
    // Not a usable key: nothing opens, and the next seal makes a new one.
    keys.key = 'not a key';
    const later = createSecretBox(keys);
    expect(await later.open(sealed)).toBeNull();
    expect(await later.open(await later.seal(TOKEN))).toBe(TOKEN);
    expect(keys.key).not.toBe(key);
  });

  it('a key store that fails: open answers null, seal refuses rather than storing in plain', async () => {
    const broken: KeyStore = { get: () => Promise.reject(new Error('no IndexedDB')), put: () => Promise.reject(new Error('no IndexedDB')) };
    const box = createSecretBox(broken);
    expect(await box.open({ iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'AAAA' })).toBeNull();
    await expect(box.seal(TOKEN)).rejects.toThrow('no IndexedDB');
  });

  it('keeps the key in IndexedDB, where a later box finds it', async () => {
    const sealed = await createSecretBox(indexedDbKeyStore()).seal(TOKEN);
    expect(await createSecretBox(indexedDbKeyStore()).open(sealed)).toBe(TOKEN);
  });
});

describe('sealed storage item', () => {
  interface Grant {
    clientId: string;
    refreshToken: string | null;
  }
  let box = createSecretBox(memoryKeys());
  const item = defineSealedItem<Grant, 'refreshToken'>('local:testGrant', 'refreshToken', () => box);
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

  it('migrates a plain value written by an older version: read once, then sealed in place', async () => {
    await fakeBrowser.storage.local.set({ testGrant: { clientId: '1000.C', refreshToken: TOKEN } });
    expect(await item.getValue()).toEqual({ clientId: '1000.C', refreshToken: TOKEN });
    const stored = await raw();
    expect(isSealed(stored?.refreshToken)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('0123456789abcdef');
    expect(await item.getValue()).toEqual({ clientId: '1000.C', refreshToken: TOKEN });
  });

  it('a migration never overwrites a newer value written meanwhile', async () => {
    await fakeBrowser.storage.local.set({ testGrant: { clientId: '1000.C', refreshToken: 'old' } });
    const [read] = await Promise.all([item.getValue(), item.setValue({ clientId: '1000.D', refreshToken: 'new' })]);
    expect(read?.refreshToken).toBe('old');
    expect(await item.getValue()).toEqual({ clientId: '1000.D', refreshToken: 'new' });
  });
});
