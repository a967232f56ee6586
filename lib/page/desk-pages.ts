import { dataCenterOfDeskHost, DATA_CENTERS, type DataCenterId } from '../data-centers';

// Pure page detectors in the spirit of github-url-detection: each takes a URL and answers what page it is,
// or nothing. No DOM, no state, so they are tested against a table of real and look-alike URLs.

export interface DeskPage {
  dataCenter: DataCenterId;
  /** Set on an org's own Desk domain only: links stay on it. */
  host?: string;
  portal: string;
  /** Missing when Desk shows the portal's default department without a segment. */
  department: string | null;
}

export interface ContactPage extends DeskPage {
  contactId: string;
}

export interface TicketPage extends DeskPage {
  ticketId: string;
}

/**
 * An org's own Desk domain (Desk's domain mapping): the host says nothing about the data center, so it comes from
 * the connected account. Only this exact host is accepted, never a look-alike of it.
 */
export interface CustomDeskSite {
  host: string;
  dataCenter: DataCenterId;
}

export interface AccountPage extends DeskPage {
  accountId: string;
}

const SEGMENT = '[A-Za-z0-9_.-]{1,100}';
const ID = '\\d{1,20}';
const AGENT_PATH = `^/agent/(?<portal>${SEGMENT})(?:/(?<department>${SEGMENT}))?`;

/** One pattern per page kind: the agent path, then `tail`, then an optional trailing slash. */
const pagePattern = (tail: string) => new RegExp(`${AGENT_PATH}${tail}/?$`);

function match(url: string | URL, pattern: RegExp, site?: CustomDeskSite): { page: DeskPage; groups: Record<string, string> } | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username || parsed.password) return undefined;
  const host = site?.host === parsed.hostname ? site.host : undefined;
  const dataCenter = host ? site!.dataCenter : dataCenterOfDeskHost(parsed.hostname);
  if (!dataCenter) return undefined;
  const found = pattern.exec(parsed.pathname);
  const groups = found?.groups;
  if (!groups?.portal) return undefined;
  // "/agent/acme/contacts/details/1" has no department: the optional group must not swallow a route word.
  const department = groups.department ?? null;
  if (department && ROUTE_WORDS.has(department)) return undefined;
  const page: DeskPage = host ? { dataCenter, host, portal: groups.portal, department } : { dataCenter, portal: groups.portal, department };
  return { page, groups: groups as Record<string, string> };
}

const ROUTE_WORDS = new Set(['contacts', 'tickets', 'accounts', 'setup', 'home', 'details']);

/** Tab segments Desk appends to a contact page ("/tickets", "/history", …): any single word. */
const TAB = '(?:/[A-Za-z][A-Za-z0-9_-]{0,40})?';

const CONTACT_PAGE = /* @__PURE__ */ pagePattern(`/contacts/details/(?<contactId>${ID})${TAB}`);
const TICKET_PAGE = /* @__PURE__ */ pagePattern(`/tickets/details/(?<ticketId>${ID})${TAB}`);
const ACCOUNT_PAGE = /* @__PURE__ */ pagePattern(`/accounts/details/(?<accountId>${ID})${TAB}`);

export function parseContactPage(url: string | URL, site?: CustomDeskSite): ContactPage | undefined {
  const found = match(url, CONTACT_PAGE, site);
  if (!found?.groups.contactId) return undefined;
  return { ...found.page, contactId: found.groups.contactId };
}

export function parseTicketPage(url: string | URL, site?: CustomDeskSite): TicketPage | undefined {
  const found = match(url, TICKET_PAGE, site);
  if (!found?.groups.ticketId) return undefined;
  return { ...found.page, ticketId: found.groups.ticketId };
}

/** A page the panel is about: a contact's, or a ticket's (the panel is then about its requester). */
export type PanelPage = ContactPage | TicketPage;

export function parsePanelPage(url: string | URL, site?: CustomDeskSite): PanelPage | undefined {
  return parseContactPage(url, site) ?? parseTicketPage(url, site);
}

export function parseAccountPage(url: string | URL, site?: CustomDeskSite): AccountPage | undefined {
  const found = match(url, ACCOUNT_PAGE, site);
  if (!found?.groups.accountId) return undefined;
  return { ...found.page, accountId: found.groups.accountId };
}

/** The URL of a contact's or an account's page in the same portal, department and data center (or own domain) as `page`. */
export function detailPageUrl(page: DeskPage, kind: 'contacts' | 'accounts', id: string): string {
  const department = page.department ? `/${encodeURIComponent(page.department)}` : '';
  return `https://${page.host ?? DATA_CENTERS[page.dataCenter].deskHost}/agent/${encodeURIComponent(page.portal)}${department}/${kind}/details/${encodeURIComponent(id)}`;
}

export const contactPageUrl = (page: DeskPage, contactId: string) => detailPageUrl(page, 'contacts', contactId);
