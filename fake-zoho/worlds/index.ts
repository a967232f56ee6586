// Worlds are committed JSON fixtures (see README.md beside this file). loadWorld hands out a deep copy, so a
// Desk API mutating its world never leaks into another test or into DEMO.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACME, AGENTS, EUROCORP, GLOBEX, INDIACO } from './ids';
import type { World } from './world';

export type { Account, Badge, Contact, Group, HelpCenter, Label, Membership, Org, UserBadge, UserGroup, UserLabel, World } from './world';

const WORLD_NAMES = ['default'] as const;
export type WorldName = (typeof WORLD_NAMES)[number];

const parsed = new Map<string, World>();

export function loadWorld(name: string = 'default'): World {
  if (!(WORLD_NAMES as readonly string[]).includes(name)) throw new Error(`Unknown world "${name}"`);
  let world = parsed.get(name);
  if (!world) {
    world = JSON.parse(readFileSync(path.join(import.meta.dirname, `${name}.json`), 'utf8')) as World;
    parsed.set(name, world);
  }
  return structuredClone(world);
}

/**
 * https://<Desk host>/agent/<portal>/<department>/contacts/details/<contactId>, as Desk's own pages are addressed.
 * `org` defaults to acme; pass DEMO.eu / DEMO.in (or a portal name) for the others.
 */
function contactUrl(
  deskHost: string,
  contactId: string,
  org: string | { portal: string; department: string } = { portal: ACME.portal, department: ACME.department.slug },
  department: string = ACME.department.slug,
) {
  const where = typeof org === 'string' ? { portal: org, department } : org;
  return `https://${deskHost}/agent/${where.portal}/${where.department}/contacts/details/${contactId}`;
}

/** https://<Desk host>/agent/<portal>/<department>/tickets/details/<ticketId> in acme. */
function ticketUrl(deskHost: string, ticketId: string, tail = '') {
  return `https://${deskHost}/agent/${ACME.portal}/${ACME.department.slug}/tickets/details/${ticketId}${tail}`;
}

/** https://<Desk host>/agent/acme/support/accounts/details/<accountId>: an account's page in Desk. */
function accountUrl(deskHost: string, accountId: string) {
  return `https://${deskHost}/agent/${ACME.portal}/${ACME.department.slug}/accounts/details/${accountId}`;
}

/** "First Last" of each DEMO contact, as Desk lists them (no first name: the last name alone). */
function namesOf(): Record<keyof typeof ACME.contacts, string> {
  const acme = loadWorld('default').orgs.find((org) => org.id === ACME.orgId);
  const names = {} as Record<keyof typeof ACME.contacts, string>;
  for (const [key, id] of Object.entries(ACME.contacts) as Array<[keyof typeof ACME.contacts, string]>) {
    const contact = acme?.contacts.find((candidate) => candidate.id === id);
    names[key] = contact ? [contact.firstName, contact.lastName].filter(Boolean).join(' ') : '';
  }
  return names;
}

/** The help-center user id of a contact in a help center of the default world (throws if it has none). */
function userIdOf(contactId: string, helpCenterId: string): string {
  for (const org of loadWorld('default').orgs) {
    const membership = org.memberships.find((m) => m.contactId === contactId && m.helpCenterId === helpCenterId);
    if (membership) return membership.userId;
  }
  throw new Error(`Contact ${contactId} has no user in help center ${helpCenterId}`);
}

/** Well-known ids of the default world for tests and the demo. Contacts are in acme (us) unless named otherwise. */
export const DEMO = {
  agent: AGENTS.acme,
  agents: AGENTS,
  orgId: ACME.orgId,
  portal: ACME.portal,
  /** The department segment of Desk page URLs. */
  department: ACME.department.slug,
  departmentId: ACME.department.id,
  /** `pendingIn`: where contacts.pending is PENDING; `activeIn`: where it is ACTIVE. */
  helpCenters: { ...ACME.helpCenters, pendingIn: ACME.helpCenters.main, activeIn: ACME.helpCenters.partners },
  contacts: ACME.contacts,
  groups: ACME.groups,
  tickets: ACME.tickets,
  accounts: ACME.accounts,
  names: namesOf(),
  contactUrl,
  ticketUrl,
  accountUrl,
  userIdOf,
  globex: {
    orgId: GLOBEX.orgId,
    portal: GLOBEX.portal,
    department: GLOBEX.department.slug,
    contactId: GLOBEX.contacts.active,
    contacts: GLOBEX.contacts,
    helpCenterId: GLOBEX.helpCenters.main,
  },
  eu: {
    host: 'desk.zoho.eu',
    agent: AGENTS.eurocorp,
    orgId: EUROCORP.orgId,
    portal: EUROCORP.portal,
    department: EUROCORP.department.slug,
    contactId: EUROCORP.contacts.member,
    contacts: EUROCORP.contacts,
    helpCenterId: EUROCORP.helpCenters.main,
  },
  in: {
    host: 'desk.zoho.in',
    agent: AGENTS.indiaco,
    orgId: INDIACO.orgId,
    portal: INDIACO.portal,
    department: INDIACO.department.slug,
    contactId: INDIACO.contacts.member,
    contacts: INDIACO.contacts,
    helpCenterId: INDIACO.helpCenters.main,
  },
} as const;
