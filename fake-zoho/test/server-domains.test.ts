// @vitest-environment node
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificate } from '../tls';
import { startForTest, type FakeZoho } from './support';

// Desk's domain mapping: an org's own host name serves its portal's agent pages; its API stays on Zoho's hosts.

let fake: FakeZoho;
let f: typeof fetch;

beforeAll(async () => {
  ({ fake, fetch: f } = await startForTest({ domains: { 'support.example.com': 'us' } }));
});
afterAll(() => fake.close());

describe('a mapped Desk domain', () => {
  it('serves the agent page of the portals of its data center', async () => {
    const us = fake.world.orgs.find((o) => o.dataCenter === 'us')!;
    const eu = fake.world.orgs.find((o) => o.dataCenter === 'eu')!;
    const page = await f(`https://support.example.com/agent/${us.portalName}/contacts/details/${us.contacts[0]!.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="desk-app">');
    expect((await f(`https://support.example.com/agent/${eu.portalName}/contacts/list`)).status).toBe(404);
    const log = await fake.control.log();
    expect(log.at(-2)).toMatchObject({ host: 'support.example.com', route: 'GET /agent/*', status: 200 });
  });

  it('serves neither Desk’s API nor the accounts server there', async () => {
    expect((await f('https://support.example.com/api/v1/organizations')).status).toBe(404);
    expect((await f('https://support.example.com/oauth/v2/token', { method: 'POST' })).status).toBe(404);
  });

  it('is named in the resolver rules and the certificate; a host not mapped is still refused', async () => {
    expect(fake.domains).toEqual(['support.example.com']);
    expect(fake.hostResolverRules.split(', ')).toContain(`MAP support.example.com 127.0.0.1:${fake.port}`);
    const { cert } = await certificate(fake.domains);
    expect(new X509Certificate(cert).subjectAltName).toContain('DNS:support.example.com');
    await expect(f('https://support.example.com.evil.test/agent/acme/')).rejects.toThrow(TypeError);
  });
});
