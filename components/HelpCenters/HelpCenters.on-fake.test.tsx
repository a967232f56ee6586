// @vitest-environment happy-dom
// The help-center rows against the real fake Zoho (its Desk API and state, validated against Zoho's spec): what
// the agent sees after each action, and what the fake received.
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import { LOADED, usePanelOnFake } from '@/tests/support/panel-on-fake';
import { settled } from '@/tests/support/render-panel';

const { h, renderOnFake } = usePanelOnFake();
const APPROVE = 'POST /api/v1/contacts/{contactId}/approveEndUserInvite';

async function rowOf(name: string) {
  const section = await settled('Help centers', LOADED);
  const item = section.getAllByRole('listitem').find((li) => li.textContent?.includes(name));
  if (!item) throw new Error(`no row for ${name}`);
  return within(item);
}

const helpCenterName = (id: string) => h.fake.world.orgs.flatMap((org) => org.helpCenters).find((hc) => hc.id === id)!.name;

describe('Help centers on the fake Zoho', () => {
  it('approves a pending sign-up and shows the status Zoho then holds', async () => {
    renderOnFake(DEMO.contacts.pending);
    const name = helpCenterName(DEMO.helpCenters.pendingIn);
    const row = await rowOf(name);
    await h.fake.control.clearLog();
    fireEvent.click(row.getByRole('button', { name: `Approve in ${name}` }));
    await waitFor(() => expect(row.getByText('Active')).toBeTruthy(), { timeout: LOADED });
    expect(row.queryByRole('button', { name: /^Approve/ })).toBeNull();
    const approvals = (await h.fake.control.log()).filter((entry) => entry.route === APPROVE);
    expect(approvals).toHaveLength(1);
    expect(JSON.parse(approvals[0]!.body)).toEqual({ helpCenterIds: [DEMO.helpCenters.pendingIn] });
    expect(await h.fake.control.responseValidationErrors()).toEqual([]);
  });

  it('offers no Approve where Zoho holds nothing pending', async () => {
    renderOnFake(DEMO.contacts.active);
    const section = await settled('Help centers', LOADED);
    expect(section.queryAllByRole('button', { name: /^Approve/ })).toEqual([]);
  });

  it('says the role lacks the permission when Zoho refuses, and keeps the row pending with a Retry', async () => {
    renderOnFake(DEMO.contacts.pending);
    const name = helpCenterName(DEMO.helpCenters.pendingIn);
    const row = await rowOf(name);
    await h.fake.control.injectFault({ route: APPROVE, kind: 403, errorCode: 'FORBIDDEN' });
    fireEvent.click(row.getByRole('button', { name: `Approve in ${name}` }));
    const alert = await row.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(/role lacks the permission/);
    expect(alert.textContent).toMatch(/FORBIDDEN/);
    expect(row.getByText('Pending approval')).toBeTruthy();
    expect(row.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
