// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeDomainApis } from '../../tests/support/fake-domain-apis';
import type { SenderInfo } from '../messages/router';
import { createHandlers } from './handlers';

const optionsPage: SenderInfo = { id: 'x', url: 'chrome-extension://x/options.html' };

beforeEach(() => fakeBrowser.reset());

function setUp(policy: string[] = []) {
  const fake = fakeDomainApis();
  const handlers = createHandlers({ domainApis: fake.apis, policyCustomDomains: async () => policy });
  const call = <K extends 'domains.list' | 'domains.add' | 'domains.remove'>(kind: K, payload: Parameters<(typeof handlers)[K]>[0]) =>
    (handlers[kind] as (p: unknown, s: SenderInfo) => Promise<unknown>)(payload, optionsPage);
  return { fake, call, handlers };
}

describe('custom Desk domain messages', () => {
  it('adds a granted domain (registered there only), lists it, and removes script and permission together', async () => {
    const { fake, call } = setUp();
    await expect(call('domains.add', { host: 'Support.Example.com' })).rejects.toMatchObject({ apiError: { kind: 'invalid' } });
    expect(fake.scripts.size).toBe(0);
    fake.grant('https://support.example.com/*');
    expect(await call('domains.add', { host: 'Support.Example.com' })).toEqual([{ host: 'support.example.com', managed: false, granted: true }]);
    expect([...fake.scripts.values()].map((script) => script.matches)).toEqual([['https://support.example.com/agent/*']]);
    expect(await call('domains.remove', { host: 'support.example.com' })).toEqual([]);
    expect(fake.scripts.size).toBe(0);
    expect(fake.granted.has('https://support.example.com/*')).toBe(false);
  });

  it('refuses a name that is not a bare host, before anything is stored', async () => {
    const { fake, call } = setUp();
    await expect(call('domains.add', { host: 'https://support.example.com/agent' })).rejects.toMatchObject({ apiError: { kind: 'invalid' } });
    expect(await call('domains.list', {})).toEqual([]);
    expect(fake.scripts.size).toBe(0);
  });

  it('shows a policy’s domain as managed, ungranted until the agent allows it, and never removes it', async () => {
    const { fake, call } = setUp(['help.acme.example']);
    expect(await call('domains.list', {})).toEqual([{ host: 'help.acme.example', managed: true, granted: false }]);
    fake.grant('https://help.acme.example/*');
    expect(await call('domains.add', { host: 'help.acme.example' })).toEqual([{ host: 'help.acme.example', managed: true, granted: true }]);
    expect(fake.scripts.size).toBe(1);
    await expect(call('domains.remove', { host: 'help.acme.example' })).rejects.toMatchObject({ apiError: { kind: 'invalid' } });
    expect(fake.scripts.size).toBe(1);
  });
});
