// The Help centers section on the real fake Zoho, as its component tests drive it: the default world's acme org,
// a row found by its help center's name, and what the fake received or holds. The world's contacts already hold
// every status a row can show (pending, active, invited, deactivated...).
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import { LOADED, usePanelOnFake } from './panel-on-fake';
import { settled } from './render-panel';

type RenderOptions = Parameters<ReturnType<typeof usePanelOnFake>['renderOnFake']>[1];

/** A write's body names its help centers as numbers or strings; compared as strings. */
export const helpCenterIdsIn = (body: string) => (JSON.parse(body) as { helpCenterIds: unknown[] }).helpCenterIds.map(String);

export function useHelpCentersOnFake() {
  const { h, renderOnFake, requestsTo } = usePanelOnFake();
  const acme = () => h.fake.world.orgs.find((org) => org.id === DEMO.orgId)!;
  const nameOf = (helpCenterId: string) => acme().helpCenters.find((hc) => hc.id === helpCenterId)!.name;
  /** The user status the fake holds for the contact in that help center (undefined: no user there). */
  const statusIn = (contactId: string, helpCenterId: string) =>
    acme().memberships.find((m) => m.contactId === contactId && m.helpCenterId === helpCenterId)?.userStatus;
  /** The Desk calls in the fake's log, by route, org discovery left out. */
  const deskCalls = async () =>
    (await h.fake.control.log()).filter((entry) => entry.path.startsWith('/api/') && entry.path !== '/api/v1/organizations').map((entry) => entry.route);

  /**
   * The contact's panel once every section has loaded and every call it made has been answered, with the fake's
   * log cleared: from here the log holds only what the test causes. `answered()` waits until every call the panel
   * made since has reached the fake and come back, so that "nothing was sent" is read after anything could be.
   */
  async function sectionOf(contactId: string, options: RenderOptions = {}) {
    const { answered } = renderOnFake(contactId, options);
    const section = await settled('Help centers', LOADED);
    await answered();
    await waitFor(() => expect(screen.getAllByRole('region').filter((region) => region.getAttribute('aria-busy') === 'true')).toEqual([]), {
      timeout: LOADED,
    });
    await h.fake.control.clearLog();
    /** The row of the help center, by its name; throws while there is none. */
    const rowOf = (helpCenterId: string) => {
      const name = nameOf(helpCenterId);
      const item = section.queryAllByRole('listitem').find((li) => li.textContent?.includes(name));
      if (!item) throw new Error(`no row for ${name}`);
      return within(item);
    };
    return { section, rowOf, answered };
  }

  /** One row of the contact's loaded panel, with the help center's name. */
  async function rowIn(contactId: string, helpCenterId: string, options: RenderOptions = {}) {
    const { rowOf, answered } = await sectionOf(contactId, options);
    return { row: rowOf(helpCenterId), name: nameOf(helpCenterId), answered };
  }

  /** The pending contact's pending row, and what the agent does and waits for there. */
  async function pendingRow(options: RenderOptions = {}) {
    const { row, name, answered } = await rowIn(DEMO.contacts.pending, DEMO.helpCenters.pendingIn, options);
    return {
      name,
      row,
      answered,
      approve: () => fireEvent.click(row.getByRole('button', { name: `Approve in ${name}` })),
      retry: () => fireEvent.click(row.getByRole('button', { name: 'Retry' })),
      active: () => waitFor(() => expect(row.getByText('Active')).toBeTruthy(), { timeout: LOADED }),
    };
  }

  return { h, requestsTo, acme, nameOf, statusIn, deskCalls, sectionOf, rowIn, pendingRow };
}
