import { describe, expect, it } from 'vitest';
import { DATA_CENTERS, DATA_CENTER_IDS } from '../data-centers';
import {
  contactPageUrl,
  detailPageUrl,
  parseAccountPage,
  parseContactPage,
  parsePanelPage,
  parseTicketPage,
  type CustomDeskSite,
} from './desk-pages';

// Refined GitHub's cross-matrix: every detector accepts its own URLs and rejects every other URL of the table.
const detectors = {
  contact: parseContactPage,
  ticket: parseTicketPage,
  account: parseAccountPage,
} as const;
/** The detectors' own pages, and Desk pages that have no detector (a contact list, setup) which every one rejects. */
type DetectorName = keyof typeof detectors | 'contactList' | 'setup';

const ID = '4000000012345678901';
/** An org's own Desk domain, its data center taken from the connected account (here an EU one). */
const SITE: CustomDeskSite = { host: 'support.example.com', dataCenter: 'eu' };
const OWN = 'https://support.example.com/agent/acme/support';
const customDomain = {
  contact: [`${OWN}/contacts/details/${ID}`, `${OWN}/contacts/details/${ID}/history?x=1#y`, 'https://support.example.com/agent/acme/contacts/details/7'],
  ticket: [`${OWN}/tickets/details/${ID}`, `${OWN}/tickets/details/${ID}/conversation#thread`],
  account: [`${OWN}/accounts/details/${ID}`],
  contactList: [`${OWN}/contacts`],
  setup: ['https://support.example.com/agent/acme/setup'],
};

const examples: Record<DetectorName | 'none', string[]> = {
  contact: [
    ...DATA_CENTER_IDS.map((dc) => `https://${DATA_CENTERS[dc].deskHost}/agent/acme/support/contacts/details/${ID}`),
    `https://desk.zoho.com/agent/acme/support/contacts/details/${ID}/tickets`,
    `https://desk.zoho.com/agent/acme/support/contacts/details/${ID}/history`,
    `https://desk.zoho.com/agent/acme/support/contacts/details/${ID}/`,
    `https://desk.zoho.com/agent/acme/support/contacts/details/${ID}?lang=en`,
    `https://desk.zoho.com/agent/acme/support/contacts/details/${ID}#activities`,
    `https://desk.zoho.com/agent/acme/support/contacts/details/${ID}/timeline?x=1#y`,
    `https://desk.zoho.com/agent/acme/contacts/details/${ID}`,
    `https://desk.zoho.eu/agent/euro-corp/sales.team/contacts/details/7`,
  ],
  ticket: [
    ...DATA_CENTER_IDS.map((dc) => `https://${DATA_CENTERS[dc].deskHost}/agent/acme/support/tickets/details/${ID}`),
    `https://desk.zoho.in/agent/indiaco/tickets/details/${ID}/conversation`,
    `https://desk.zoho.com/agent/acme/support/tickets/details/${ID}/`,
    `https://desk.zoho.com/agent/acme/support/tickets/details/${ID}?lang=en`,
    `https://desk.zoho.com/agent/acme/support/tickets/details/${ID}#thread`,
    `https://desk.zoho.com/agent/acme/support/tickets/details/${ID}/resolution?x=1#y`,
  ],
  account: [
    ...DATA_CENTER_IDS.map((dc) => `https://${DATA_CENTERS[dc].deskHost}/agent/acme/support/accounts/details/${ID}`),
    `https://desk.zoho.com/agent/acme/support/accounts/details/${ID}/contacts`,
    `https://desk.zoho.com/agent/acme/support/accounts/details/${ID}/?x=1#y`,
    `https://desk.zoho.com/agent/acme/accounts/details/${ID}`,
  ],
  contactList: [
    'https://desk.zoho.com/agent/acme/support/contacts',
    'https://desk.zoho.com/agent/acme/support/contacts/list/all',
    'https://desk.zoho.jp/agent/jpco/contacts',
  ],
  setup: ['https://desk.zoho.com/agent/acme/setup', 'https://desk.zoho.com/agent/acme/setup/helpcenter/users'],
  none: [
    `https://desk.zoho.com/agent/acme/support/contacts/details/abc`,
    `https://desk.zoho.com/agent/acme/support/contacts/details/12ab34`,
    `https://desk.zoho.com/agent/acme/support/contacts/details/`,
    `https://desk.zoho.com/agent/acme/support/contacts/details/${ID}/tickets/${ID}`,
    `https://desk.zoho.com.evil.example/agent/acme/support/contacts/details/${ID}`,
    `https://evil.example/desk.zoho.com/agent/acme/support/contacts/details/${ID}`,
    `https://desk.zoho.co/agent/acme/support/contacts/details/${ID}`,
    `https://desk-zoho.com/agent/acme/support/contacts/details/${ID}`,
    `https://desk.zoho.com:8443/agent/acme/support/contacts/details/${ID}`,
    `https://user@desk.zoho.com/agent/acme/support/contacts/details/${ID}`,
    `http://desk.zoho.com/agent/acme/support/contacts/details/${ID}`,
    `https://accounts.zoho.com/agent/acme/support/contacts/details/${ID}`,
    `https://desk.zoho.com/support/acme/ShowHomePage.do#Contacts/dv/${ID}`,
    `https://desk.zoho.com/portal/acme/contacts/details/${ID}`,
    `https://desk.zoho.com/agent/acme/support/accounts/details/abc`,
    `https://desk.zoho.com/agent/acme/support/accounts/details/`,
    `https://desk.zoho.com/agent/acme/support/accounts/${ID}`,
    `https://desk.zoho.com/agent/acme/support/accounts/list/${ID}`,
    `https://desk.zoho.com/agent/acme/support/accounts/details/${ID}/contacts/${ID}`,
    `https://desk.zoho.com.evil.example/agent/acme/support/accounts/details/${ID}`,
    `https://desk.zoho.com/agent/acme/accounts/accounts/details/${ID}`,
    `https://desk.zoho.com/agent/acme/support/dashboards`,
    `https://desk.zoho.com/agent/a/b/c/contacts/details/${ID}`,
    `https://desk.zoho.com/agent/acme/tickets/contacts/details/${ID}`,
    // Ticket lists and look-alike ticket pages.
    'https://desk.zoho.com/agent/acme/support/tickets',
    'https://desk.zoho.com/agent/acme/support/tickets/list/all-open',
    `https://desk.zoho.com/agent/acme/support/tickets/details/`,
    `https://desk.zoho.com/agent/acme/support/tickets/details/12ab`,
    `https://desk.zoho.com/agent/acme/support/tickets/details/${ID}/threads/${ID}`,
    `https://desk.zoho.com.evil.example/agent/acme/support/tickets/details/${ID}`,
    `http://desk.zoho.com/agent/acme/support/tickets/details/${ID}`,
    `https://desk.zoho.com/agent/acme/contacts/tickets/details/${ID}`,
    'not a url',
    '',
    // Look-alikes of the org's own domain, and what is not a detail page on it.
    `https://support.example.com.evil.example/agent/acme/support/contacts/details/${ID}`,
    `https://evil-support.example.com/agent/acme/support/contacts/details/${ID}`,
    `https://help.support.example.com/agent/acme/support/contacts/details/${ID}`,
    `https://example.com/agent/acme/support/tickets/details/${ID}`,
    `http://support.example.com/agent/acme/support/contacts/details/${ID}`,
    `https://support.example.com:8443/agent/acme/support/tickets/details/${ID}`,
    `https://user@support.example.com/agent/acme/support/tickets/details/${ID}`,
    `${OWN}/tickets`,
    `${OWN}/contacts/details/abc`,
    `https://support.example.com/portal/acme/contacts/details/${ID}`,
  ],
};
for (const [name, urls] of Object.entries(customDomain)) examples[name as DetectorName].push(...urls);

describe('page detectors (cross-matrix)', () => {
  for (const [name, detect] of Object.entries(detectors)) {
    for (const [owner, urls] of Object.entries(examples)) {
      for (const url of urls) {
        const should = owner === name;
        it(`${name} ${should ? 'accepts' : 'rejects'} ${url || '(empty)'}`, () => {
          expect(Boolean(detect(url, SITE))).toBe(should);
        });
      }
    }
  }
});

describe('parseContactPage', () => {
  it('reads data center, portal, department and the id as a string', () => {
    expect(parseContactPage(`https://desk.zohocloud.ca/agent/maple/support/contacts/details/${ID}/tickets?x#y`)).toEqual({
      dataCenter: 'ca',
      portal: 'maple',
      department: 'support',
      contactId: ID,
    });
  });

  it('keeps 64-bit ids exact', () => {
    expect(parseContactPage('https://desk.zoho.com/agent/a/contacts/details/18446744073709551615')?.contactId).toBe(
      '18446744073709551615',
    );
  });

  it('reports a missing department as null', () => {
    expect(parseContactPage(`https://desk.zoho.com/agent/acme/contacts/details/${ID}`)?.department).toBeNull();
  });
});

describe('an org’s own Desk domain', () => {
  it('is nothing to any detector unless it is the connected site', () => {
    for (const url of Object.values(customDomain).flat()) {
      for (const detect of Object.values(detectors)) expect(detect(url)).toBeUndefined();
      for (const detect of Object.values(detectors)) expect(detect(url, { host: 'other.example.com', dataCenter: 'eu' })).toBeUndefined();
    }
  });

  it('takes the data center from the site and keeps links on the domain', () => {
    const page = parseTicketPage(`${OWN}/tickets/details/${ID}`, SITE)!;
    expect(page).toEqual({ dataCenter: 'eu', host: 'support.example.com', portal: 'acme', department: 'support', ticketId: ID });
    expect(contactPageUrl(page, '22')).toBe(`${OWN}/contacts/details/22`);
    // Zoho's own hosts keep their own data center on a browser that also knows a custom site.
    expect(parseContactPage(`https://desk.zoho.in/agent/acme/contacts/details/${ID}`, SITE)).toMatchObject({ dataCenter: 'in' });
    expect(parseContactPage(`https://desk.zoho.in/agent/acme/contacts/details/${ID}`, SITE)?.host).toBeUndefined();
  });
});

describe('parsePanelPage', () => {
  it('answers a contact page with its contact and a ticket page with its ticket, and nothing else', () => {
    expect(parsePanelPage(`https://desk.zoho.com/agent/acme/support/tickets/details/${ID}/conversation`)).toEqual({
      dataCenter: 'us',
      portal: 'acme',
      department: 'support',
      ticketId: ID,
    });
    expect(parsePanelPage(`https://desk.zoho.com/agent/acme/contacts/details/${ID}`)).toMatchObject({ contactId: ID });
    for (const url of [...examples.contactList, ...examples.setup, ...examples.none]) expect(parsePanelPage(url)).toBeUndefined();
  });
});

describe('contactPageUrl', () => {
  it('keeps the portal, department and data center of the current page', () => {
    const page = parseContactPage(`https://desk.zoho.eu/agent/eurocorp/sales/contacts/details/1/history`)!;
    expect(contactPageUrl(page, '22')).toBe('https://desk.zoho.eu/agent/eurocorp/sales/contacts/details/22');
    expect(parseContactPage(contactPageUrl(page, '22'))?.contactId).toBe('22');
  });

  it('omits the department when the page had none', () => {
    const page = parseContactPage(`https://desk.zoho.com/agent/acme/contacts/details/1`)!;
    expect(contactPageUrl(page, '5')).toBe('https://desk.zoho.com/agent/acme/contacts/details/5');
  });
});

describe('parseAccountPage and detailPageUrl', () => {
  it('reads the account id as a string and links back to the same portal and department', () => {
    const page = parseAccountPage(`https://desk.zoho.eu/agent/eurocorp/sales/accounts/details/${ID}/contacts`)!;
    expect(page).toEqual({ dataCenter: 'eu', portal: 'eurocorp', department: 'sales', accountId: ID });
    expect(detailPageUrl(page, 'contacts', '22')).toBe('https://desk.zoho.eu/agent/eurocorp/sales/contacts/details/22');
    const contact = parseContactPage(`https://desk.zoho.com/agent/acme/contacts/details/5`)!;
    expect(parseAccountPage(detailPageUrl(contact, 'accounts', ID))).toEqual({ dataCenter: 'us', portal: 'acme', department: null, accountId: ID });
  });
});
