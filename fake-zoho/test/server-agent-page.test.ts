// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startForTest, type FakeZoho } from './support';

let fake: FakeZoho;
let f: typeof fetch;

beforeAll(async () => {
  ({ fake, fetch: f } = await startForTest());
});
afterAll(() => fake.close());

function dataOf(html: string) {
  const json = /<script type="application\/json" id="desk-data">([^<]*)<\/script>/.exec(html)![1]!;
  return JSON.parse(json) as { portal: string; contacts: Array<{ id: string; lastName: string }>; departments: Array<{ slug: string }> };
}

describe('agent page', () => {
  it('serves the portal SPA for a contact URL on the data center of the portal', async () => {
    const org = fake.world.orgs.find((o) => o.dataCenter === 'eu')!;
    const contact = org.contacts[0]!;
    const response = await f(`https://desk.zoho.eu/agent/${org.portalName}/kundendienst/contacts/details/${contact.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<div id="desk-app">');
    const data = dataOf(html);
    expect(data.portal).toBe(org.portalName);
    expect(data.contacts.map((c) => c.id)).toContain(contact.id);
    expect(data.departments[0]!.slug).toBe('kundendienst');
  });

  it('says "Portal not found" for an unknown portal or another data center', async () => {
    const us = fake.world.orgs.find((o) => o.dataCenter === 'us')!;
    for (const url of [`https://desk.zoho.com/agent/no-such-portal/contacts/list`, `https://desk.zoho.eu/agent/${us.portalName}/contacts/list`]) {
      const response = await f(url);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Portal not found');
    }
  });

  it('never lets a name close the data script', async () => {
    for (const org of fake.world.orgs) {
      const html = await (await f(`https://desk.zoho.${{ us: 'com', eu: 'eu', in: 'in' }[org.dataCenter as 'us']}/agent/${org.portalName}/`)).text();
      const scripts = html.match(/<script/g) ?? [];
      expect(scripts).toHaveLength(2);
      expect(dataOf(html).contacts).toHaveLength(org.contacts.length);
    }
  });

  it('lists the portals of the data center at /agent/', async () => {
    const html = await (await f('https://desk.zoho.com/agent/')).text();
    expect(html).toContain('href="/agent/acme/"');
    expect(html).not.toContain('eurocorp');
  });
});
