import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadConfig, optionsClientItem, portalAllowed } from './config';

beforeEach(() => fakeBrowser.reset());

describe('configuration precedence', () => {
  it('has no client when nothing is set (the build default is empty here)', async () => {
    expect(await loadConfig()).toMatchObject({ clientId: null, clientIdSource: null, allowedPortals: null });
  });

  it('takes the options page over the build default', async () => {
    await optionsClientItem.setValue({ clientId: '1000.OPTIONS', clientSecret: 's' });
    expect(await loadConfig()).toMatchObject({ clientId: '1000.OPTIONS', clientSecret: 's', clientIdSource: 'options' });
  });

  it('takes the enterprise policy over the options page, secret and portals included', async () => {
    await optionsClientItem.setValue({ clientId: '1000.OPTIONS', clientSecret: 'agent-secret' });
    await fakeBrowser.storage.managed.set({ clientId: '1000.POLICY', allowedPortals: [' Acme ', 42, ''] });
    const config = await loadConfig();
    expect(config).toMatchObject({
      clientId: '1000.POLICY',
      clientSecret: null,
      clientIdSource: 'policy',
      allowedPortals: ['acme'],
      managed: { clientId: true, clientSecret: false, allowedPortals: true },
    });
    expect(portalAllowed(config, 'ACME')).toBe(true);
    expect(portalAllowed(config, 'globex')).toBe(false);
  });

  it('survives a browser where storage.managed throws or holds junk', async () => {
    await optionsClientItem.setValue({ clientId: '1000.OPTIONS', clientSecret: null });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await loadConfig()).toMatchObject({ clientId: '1000.OPTIONS', clientIdSource: 'options' });
    vi.restoreAllMocks();
    await fakeBrowser.storage.managed.set({ clientId: 'not a valid id!', allowedPortals: 'acme' });
    expect(await loadConfig()).toMatchObject({ clientId: '1000.OPTIONS', allowedPortals: null, managed: { clientId: false } });
  });
});
