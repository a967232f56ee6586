// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeDomainApis } from '../../tests/support/fake-domain-apis';
import { normalizeDeskDomain } from '../custom-domains';
import { isDomainLeft } from '../messages/domain-left';
import { createCustomDomains, customDomainsItem } from './custom-domains';

const ORIGIN = 'https://support.example.com/*';

beforeEach(() => {
  fakeBrowser.reset();
});

async function until(check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 50; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition never held');
}

describe('normalizeDeskDomain', () => {
  it.each([
    ['support.example.com', 'support.example.com'],
    ['  Support.Example.COM. ', 'support.example.com'],
    ['help-desk.acme.co.uk', 'help-desk.acme.co.uk'],
    ['Hilfe.Bücher.de', 'hilfe.xn--bcher-kva.de'],
    ['hilfe.xn--bcher-kva.de', 'hilfe.xn--bcher-kva.de'],
  ])('takes %s as %s', (input, host) => expect(normalizeDeskDomain(input)).toBe(host));

  it.each(['', 'localhost', 'https://support.example.com', 'support.example.com/agent', 'support.example.com:8443', '*.example.com',
    '192.168.0.1', '-bad.example.com', 'bad-.example.com', 'desk.zoho.com', 'accounts.zoho.eu', 'a..b', 'exa mple.com',
    'user@support.example.com', 'support.example.com?x', 'support.example.com#x', '[::1]', 'support.example.com\\agent', 'desk.zoho.com.',
    'DESK.ZOHO.COM', 'support%2eexample.com'])(
    'refuses %j', (input) => expect(normalizeDeskDomain(input)).toBeUndefined(),
  );
});

describe('custom Desk domains in the background', () => {
  it('registers the content script on exactly the granted origin’s agent pages, and nowhere without the grant', async () => {
    const fake = fakeDomainApis();
    const domains = createCustomDomains(fake.apis);
    expect(await domains.add('support.example.com')).toBeUndefined();
    expect(fake.scripts.size).toBe(0);
    expect(await customDomainsItem.getValue()).toEqual([]);

    fake.grant(ORIGIN);
    expect(await domains.add('Support.Example.com')).toBe('support.example.com');
    expect([...fake.scripts.values()]).toEqual([
      { id: 'desk-domain:support.example.com', matches: ['https://support.example.com/agent/*'], js: ['desk-page.js'], runAt: 'document_idle' },
    ]);
    // Adding again, or syncing again, registers nothing twice.
    await domains.add('support.example.com');
    await Promise.all([domains.sync(), domains.sync()]);
    expect(fake.scripts.size).toBe(1);
  });

  it('removing the domain removes its script and gives its permission back', async () => {
    const fake = fakeDomainApis({ 1: 'support.example.com', 2: null });
    const domains = createCustomDomains(fake.apis);
    fake.grant(ORIGIN);
    await domains.add('support.example.com');
    await domains.remove('support.example.com');
    expect(fake.scripts.size).toBe(0);
    expect(fake.granted.has(ORIGIN)).toBe(false);
    expect(await customDomainsItem.getValue()).toEqual([]);
    // The copy already running in the open tab is told to take its panel away (the tab without our script refuses).
    await until(() => fake.received.length === 1);
    expect(isDomainLeft(fake.received[0]!.message, 'support.example.com')).toBe(true);
  });

  it('a permission revoked in the browser’s own settings takes the domain and its script with it', async () => {
    const fake = fakeDomainApis({ 1: 'support.example.com', 2: 'help.other.example' });
    const domains = createCustomDomains(fake.apis);
    domains.listen();
    fake.grant(ORIGIN);
    fake.grant('https://help.other.example/*');
    await domains.add('support.example.com');
    await domains.add('help.other.example');
    expect(fake.scripts.size).toBe(2);

    fake.revokeInBrowser(ORIGIN);
    await until(() => fake.scripts.size === 1);
    expect([...fake.scripts.keys()]).toEqual(['desk-domain:help.other.example']);
    expect(await customDomainsItem.getValue()).toEqual(['help.other.example']);
    // Every tab hears it; only the revoked host's script takes it as its own.
    await until(() => fake.received.length === 2);
    expect(fake.received.map(({ host, message }) => [host, isDomainLeft(message, host)])).toEqual([
      ['support.example.com', true],
      ['help.other.example', false],
    ]);
  });

  it('registers a policy’s domains once their origin is granted, and drops scripts of domains no longer listed', async () => {
    const fake = fakeDomainApis();
    let policy = ['desk.corp.example'];
    const domains = createCustomDomains(fake.apis, async () => policy);
    domains.listen();
    await domains.sync();
    expect(fake.scripts.size).toBe(0);
    fake.grant('https://desk.corp.example/*');
    await until(() => fake.scripts.has('desk-domain:desk.corp.example'));
    policy = [];
    await domains.sync();
    expect(fake.scripts.size).toBe(0);
  });
});
