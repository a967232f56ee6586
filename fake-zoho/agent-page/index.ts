import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deskHostOf } from '../hosts';
import { escapeHtml, htmlResponse } from '../html';
import type { DataCenterId, FakeResponse, WorldBase } from '../types';
import { SHELL_STYLE } from './styles';

// Desk's agent UI, built like Desk's app shell (styles.ts): a client-routed page per portal, found by the portal
// segment and the data center of the Desk host (the same portal name on another data center is another org, or none).

const APP_SCRIPT = readFileSync(path.join(import.meta.dirname, 'app.js'), 'utf8');

/** Ticket ids the navigation links to; the world has no tickets, the page only needs their URLs. */
export const TICKET_IDS = ['400000000012345'];


/** Stops a `</script>` in a hostile name from ending the data block early. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function departmentSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '') || 'department';
}

function portalNotFound(): FakeResponse {
  return htmlResponse(404, 'Portal not found', '<h1>Portal not found</h1><p>There is no Zoho Desk portal at this address.</p>');
}

/** GET /agent/… on a Desk host. */
export function agentPage(world: WorldBase, dataCenter: DataCenterId, path: string): FakeResponse {
  const segments = path.split('/').filter(Boolean);
  const portal = segments[1];
  if (!portal) return portalIndex(world, dataCenter);
  let name: string;
  try {
    name = decodeURIComponent(portal).toLowerCase();
  } catch {
    return portalNotFound();
  }
  const org = world.orgs.find((o) => o.dataCenter === dataCenter && o.portalName.toLowerCase() === name);
  if (!org) return portalNotFound();
  const data = {
    portal: org.portalName,
    companyName: org.companyName,
    dataCenter,
    departments: org.departments.map((d) => ({ id: d.id, name: d.name, slug: departmentSlug(d.name) })),
    contacts: org.contacts.map(({ id, firstName, lastName, email, accountId }) => ({ id, firstName, lastName, email, accountId: accountId ?? null })),
    accounts: (org.accounts ?? []).map(({ id, accountName }) => ({ id, accountName })),
    ticketIds: TICKET_IDS,
  };
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(org.companyName)} - Zoho Desk</title><style>${SHELL_STYLE}</style></head>
<body><div id="desk-app"></div>
<script type="application/json" id="desk-data">${scriptSafeJson(data)}</script>
<script>${APP_SCRIPT}</script></body></html>`,
  };
}

/** /agent/ alone: the portals of this data center, handy when browsing the fake by hand. */
function portalIndex(world: WorldBase, dataCenter: DataCenterId): FakeResponse {
  const orgs = world.orgs.filter((o) => o.dataCenter === dataCenter);
  const items = orgs
    .map((o) => `<li><a href="/agent/${encodeURIComponent(o.portalName)}/">${escapeHtml(o.companyName)} (${escapeHtml(o.portalName)})</a></li>`)
    .join('');
  return htmlResponse(200, `Zoho Desk (${deskHostOf(dataCenter)})`, `<h1>Portals</h1><ul>${items}</ul>`);
}
