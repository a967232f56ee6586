import { DEMO, loadWorld } from '../../../fake-zoho/worlds';

/** The default world as the tests read it: names of the things DEMO names by id. */
const world = loadWorld();
const acme = world.orgs.find((org) => org.id === DEMO.orgId)!;

export function helpCenterName(id: string): string {
  const found = acme.helpCenters.find((helpCenter) => helpCenter.id === id);
  if (!found) throw new Error(`No help center ${id} in acme`);
  return found.name;
}

export function acmeWorld() {
  return acme;
}

export const usContactUrl = (contactId: string, tail = '') => DEMO.contactUrl('desk.zoho.com', contactId) + tail;

export function badgeName(id: string): string {
  const found = acme.badges.find((badge) => badge.id === id);
  if (!found) throw new Error(`No badge ${id} in acme`);
  return found.name;
}

interface AcmeSnapshot {
  contacts: Array<{ id: string } & Record<string, unknown>>;
  memberships: Array<{ contactId: string; helpCenterId: string; userId: string; userStatus: string }>;
  userBadges: Array<{ userId: string; badgeId: string }>;
  userLabels: Array<{ userId: string; labelId: string }>;
}

/** acme's part of the fake's live state. */
export async function acmeState(control: { state(): Promise<unknown> }): Promise<AcmeSnapshot> {
  const snapshot = (await control.state()) as { orgs: Array<{ id: string } & AcmeSnapshot> };
  return snapshot.orgs.find((org) => org.id === DEMO.orgId)!;
}

export async function statusIn(control: { state(): Promise<unknown> }, contactId: string, helpCenterId: string) {
  const state = await acmeState(control);
  return state.memberships.find((m) => m.contactId === contactId && m.helpCenterId === helpCenterId)?.userStatus ?? null;
}
