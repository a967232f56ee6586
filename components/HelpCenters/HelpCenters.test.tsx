// @vitest-environment happy-dom
// The Help centers section against the real fake Zoho: what the agent sees, and what the fake received. The
// default world's contacts already hold every status a row can show (pending, active, invited, deactivated...).
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import { LOADED, usePanelOnFake } from '@/tests/support/panel-on-fake';
import { settled } from '@/tests/support/render-panel';
import { APPROVE, INVITE, REJECT, UPDATE_USER } from '@/tests/support/desk-routes';

const { h, renderOnFake, requestsTo } = usePanelOnFake();
const acme = () => h.fake.world.orgs.find((org) => org.id === DEMO.orgId)!;
const nameOf = (helpCenterId: string) => acme().helpCenters.find((hc) => hc.id === helpCenterId)!.name;
const helpCenterIdsIn = (body: string) => (JSON.parse(body) as { helpCenterIds: unknown[] }).helpCenterIds.map(String);
const statusIn = (contactId: string, helpCenterId: string) =>
  acme().memberships.find((m) => m.contactId === contactId && m.helpCenterId === helpCenterId)?.userStatus;

/** The panel rendered last: its `answered()` waits until every call it made has reached the fake and come back. */
let rendered: ReturnType<typeof renderOnFake> | undefined;

async function sectionOf(contactId: string) {
  rendered = renderOnFake(contactId);
  return settled('Help centers', LOADED);
}

async function row(contactId: string, helpCenterId: string) {
  const section = await sectionOf(contactId);
  const name = nameOf(helpCenterId);
  const item = section.getAllByRole('listitem').find((li) => li.textContent?.includes(name));
  if (!item) throw new Error(`no row for ${name}`);
  return within(item);
}

describe('Help centers on the fake Zoho', () => {
  it('lists the help centers where the contact has a user, with the status in each; the others only in the invite select', async () => {
    const section = await sectionOf(DEMO.contacts.multiUser);
    const texts = section.getAllByRole('listitem').map((li) => li.textContent ?? '');
    const rowOf = (id: string) => within(section.getAllByRole('listitem').find((li) => li.textContent?.includes(nameOf(id)))!);
    expect(texts).toHaveLength(3);
    expect(rowOf(DEMO.helpCenters.main).getByText('Active')).toBeTruthy();
    expect(rowOf(DEMO.helpCenters.developers).getByText('Active')).toBeTruthy();
    expect(rowOf(DEMO.helpCenters.legacyDisabled).getByText('Deactivated')).toBeTruthy();
    expect(texts.find((text) => text.includes(nameOf(DEMO.helpCenters.legacyDisabled)))).toMatch(/disabled/i);
    expect(section.queryByText('Not a member')).toBeNull();
    const select = section.getByRole('combobox', { name: 'Invite to help center' }) as HTMLSelectElement;
    const options = [...select.options];
    // A placeholder first, then every other help center of the org (all pages of them); none chosen.
    expect(options[0]!.value).toBe('');
    expect(select.value).toBe('');
    expect(options).toHaveLength(1 + acme().helpCenters.length - 3);
    expect(options.some((option) => option.value === DEMO.helpCenters.partners)).toBe(true);
    expect(options.some((option) => option.value === DEMO.helpCenters.main)).toBe(false);
  });

  it('approves a pending sign-up and shows the status read back from Zoho', async () => {
    const contactId = DEMO.contacts.pending;
    const main = await row(contactId, DEMO.helpCenters.main);
    fireEvent.click(main.getByRole('button', { name: `Approve in ${nameOf(DEMO.helpCenters.main)}` }));
    await waitFor(() => expect(main.getByText('Active')).toBeTruthy(), { timeout: LOADED });
    const approvals = await requestsTo(APPROVE);
    expect(approvals.map((entry) => entry.path)).toEqual([`/api/v1/contacts/${contactId}/approveEndUserInvite`]);
    expect(helpCenterIdsIn(approvals[0]!.body)).toEqual([DEMO.helpCenters.main]);
    expect(main.queryByRole('button', { name: /^Approve/ })).toBeNull();
    expect(statusIn(contactId, DEMO.helpCenters.main)).toBe('ACTIVE');
    expect(await h.fake.control.responseValidationErrors()).toEqual([]);
  });

  it('sends one request for a double click and disables the button while it runs', async () => {
    const main = await row(DEMO.contacts.pending, DEMO.helpCenters.main);
    const approve = main.getByRole('button', { name: /^Approve/ });
    fireEvent.click(approve);
    fireEvent.click(approve);
    await waitFor(() => expect((approve as HTMLButtonElement).disabled).toBe(true));
    fireEvent.click(approve);
    await waitFor(() => expect(main.getByText('Active')).toBeTruthy(), { timeout: LOADED });
    expect(await requestsTo(APPROVE)).toHaveLength(1);
  });

  it('keeps the row pending and offers Retry when Zoho refuses, then Retry approves', async () => {
    const main = await row(DEMO.contacts.pending, DEMO.helpCenters.main);
    await h.fake.control.injectFault({ route: APPROVE, kind: 403, errorCode: 'FORBIDDEN' });
    fireEvent.click(main.getByRole('button', { name: /^Approve/ }));
    const alert = await main.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(new RegExp(`Approve in ${nameOf(DEMO.helpCenters.main)} failed`));
    expect(alert.textContent).toMatch(/role lacks the permission/);
    expect(alert.textContent).toMatch(/FORBIDDEN/);
    expect(main.getByText('Pending approval')).toBeTruthy();
    fireEvent.click(main.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(main.getByText('Active')).toBeTruthy(), { timeout: LOADED });
    expect(main.queryByRole('alert')).toBeNull();
    const approvals = await requestsTo(APPROVE);
    expect(approvals).toHaveLength(2);
    expect(helpCenterIdsIn(approvals[1]!.body)).toEqual([DEMO.helpCenters.main]);
  });

  // The answer to a write can be lost (a dropped connection, a stopped service worker): the panel cannot know
  // whether Zoho did it, so it reads the state back instead of guessing.
  it('a write whose answer got lost but which Zoho did: the row shows the new status and no failure', async () => {
    h.restart({ timeoutMs: 1_000 });
    const main = await row(DEMO.contacts.pending, DEMO.helpCenters.main);
    await h.fake.control.injectFault({ route: APPROVE, kind: 'lost-answer' });
    fireEvent.click(main.getByRole('button', { name: /^Approve/ }));
    await waitFor(() => expect(main.getByText('Active')).toBeTruthy(), { timeout: LOADED });
    expect(main.queryByRole('alert')).toBeNull();
    expect(await requestsTo(APPROVE)).toHaveLength(1);
  });

  it('says the role lacks the permission when a reject is forbidden', async () => {
    const main = await row(DEMO.contacts.pending, DEMO.helpCenters.main);
    await h.fake.control.injectFault({ route: REJECT, kind: 403, errorCode: 'FORBIDDEN' });
    fireEvent.click(main.getByRole('button', { name: `Reject in ${nameOf(DEMO.helpCenters.main)}` }));
    const alert = await main.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(/role lacks the permission/);
    expect(alert.textContent).toMatch(/FORBIDDEN/);
    expect(main.getByText('Pending approval')).toBeTruthy();
    expect(main.getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(statusIn(DEMO.contacts.pending, DEMO.helpCenters.main)).toBe('PENDING');
  });

  it('disables the invite select and Invite with a reason when the contact has no email', async () => {
    const section = await sectionOf(DEMO.contacts.noEmail);
    await waitFor(() => expect(screen.getAllByText(/no email address/).length).toBeGreaterThan(0), { timeout: LOADED });
    const select = section.getByRole('combobox', { name: 'Invite to help center' }) as HTMLSelectElement;
    const invite = section.getByRole('button', { name: 'Invite' }) as HTMLButtonElement;
    for (const control of [select, invite]) {
      expect(control.disabled).toBe(true);
      const describedBy = control.getAttribute('aria-describedby');
      expect(describedBy && screen.getByRole('complementary').querySelector(`[id="${describedBy}"]`)?.textContent).toMatch(/no email address/);
    }
    fireEvent.click(invite);
    await rendered!.answered();
    expect(await requestsTo(INVITE)).toHaveLength(0);
  });

  it('sends nothing while the placeholder is chosen; invites the chosen help center, which then is a row showing Invited', async () => {
    const contactId = DEMO.contacts.notMember;
    const section = await sectionOf(contactId);
    const name = nameOf(DEMO.helpCenters.partners);
    const select = section.getByRole('combobox', { name: 'Invite to help center' }) as HTMLSelectElement;
    const invite = section.getByRole('button', { name: 'Invite' }) as HTMLButtonElement;
    await waitFor(() => expect(select.disabled).toBe(false), { timeout: LOADED });
    expect(invite.disabled).toBe(true);
    fireEvent.click(invite);
    expect(await requestsTo(INVITE)).toHaveLength(0);
    fireEvent.change(select, { target: { value: DEMO.helpCenters.partners } });
    fireEvent.click(invite);
    fireEvent.click(invite);
    const row = await waitFor(
      () => within(section.getAllByRole('listitem').find((li) => li.textContent?.includes(name))!),
      { timeout: LOADED },
    );
    expect(row.getByText('Invited')).toBeTruthy();
    const invites = await requestsTo(INVITE);
    expect(invites.map((entry) => entry.path)).toEqual([`/api/v1/contacts/${contactId}/inviteAsEndUser`]);
    expect(String(JSON.parse(invites[0]!.body).helpCenterId)).toBe(DEMO.helpCenters.partners);
    expect(statusIn(contactId, DEMO.helpCenters.partners)).toBe('INVITED');
    expect([...select.options].some((option) => option.value === DEMO.helpCenters.partners)).toBe(false);
    expect(select.value).toBe('');
    fireEvent.click(row.getByRole('button', { name: `Re-invite to ${name}` }));
    await waitFor(async () => expect(await requestsTo(INVITE)).toHaveLength(2), { timeout: LOADED });
  });

  it('reactivates a deactivated user', async () => {
    const contactId = DEMO.contacts.deactivated;
    const main = await row(contactId, DEMO.helpCenters.main);
    expect(main.getByText('Deactivated')).toBeTruthy();
    fireEvent.click(main.getByRole('button', { name: `Reactivate in ${nameOf(DEMO.helpCenters.main)}` }));
    await waitFor(() => expect(main.getByText('Active')).toBeTruthy(), { timeout: LOADED });
    const updates = await requestsTo(UPDATE_USER);
    expect(updates.map((entry) => entry.path)).toEqual([`/api/v1/users/${DEMO.userIdOf(contactId, DEMO.helpCenters.main)}`]);
    expect(updates[0]!.query).toBe(`helpCenterId=${DEMO.helpCenters.main}`);
    expect(statusIn(contactId, DEMO.helpCenters.main)).toBe('ACTIVE');
  });

  it('deactivates only after a confirmation in the same row, in that help center only', async () => {
    const contactId = DEMO.contacts.sharedUser;
    const main = await row(contactId, DEMO.helpCenters.main);
    const name = nameOf(DEMO.helpCenters.main);
    fireEvent.click(main.getByRole('button', { name: `Deactivate in ${name}` }));
    // Asked, not sent: Cancel takes the question back.
    expect(main.getByRole('button', { name: /^Confirm deactivation/ })).toBeTruthy();
    fireEvent.click(main.getByRole('button', { name: 'Cancel' }));
    expect(main.queryByRole('button', { name: /^Confirm deactivation/ })).toBeNull();
    fireEvent.click(main.getByRole('button', { name: `Deactivate in ${name}` }));
    fireEvent.click(main.getByRole('button', { name: `Confirm deactivation in ${name}` }));
    await waitFor(() => expect(main.getByText('Deactivated')).toBeTruthy(), { timeout: LOADED });
    const updates = await requestsTo(UPDATE_USER);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.query).toBe(`helpCenterId=${DEMO.helpCenters.main}`);
    expect(JSON.parse(updates[0]!.body)).toEqual({ status: 'DISABLED' });
    expect(statusIn(contactId, DEMO.helpCenters.main)).toBe('DISABLED');
    // The same user id in Partners keeps its own status.
    expect(statusIn(contactId, DEMO.helpCenters.partners)).toBe('DISABLED');
    expect(main.getByRole('button', { name: `Reactivate in ${name}` })).toBeTruthy();
  });

  it('a double-click on Deactivate sends nothing: the second click is not a confirmation', async () => {
    const main = await row(DEMO.contacts.active, DEMO.helpCenters.main);
    const name = nameOf(DEMO.helpCenters.main);
    fireEvent.click(main.getByRole('button', { name: `Deactivate in ${name}` }), { detail: 1 });
    fireEvent.click(main.getByRole('button', { name: `Confirm deactivation in ${name}` }), { detail: 2 });
    expect(main.getByRole('button', { name: `Confirm deactivation in ${name}` })).toBeTruthy();
    expect(await requestsTo(UPDATE_USER)).toHaveLength(0);
    expect(statusIn(DEMO.contacts.active, DEMO.helpCenters.main)).toBe('ACTIVE');
  });

  it('approves all pending help centers in one call', async () => {
    const contactId = DEMO.contacts.pendingTwice;
    const section = await sectionOf(contactId);
    fireEvent.click(section.getByRole('button', { name: 'Approve all pending' }));
    await waitFor(() => expect(section.getAllByText('Active')).toHaveLength(2), { timeout: LOADED });
    const approvals = await requestsTo(APPROVE);
    expect(approvals).toHaveLength(1);
    expect(helpCenterIdsIn(approvals[0]!.body).sort()).toEqual([DEMO.helpCenters.main, DEMO.helpCenters.partners].sort());
    expect(section.queryByRole('button', { name: 'Approve all pending' })).toBeNull();
  });

  it('has no "Approve all pending" for a single pending row', async () => {
    const section = await sectionOf(DEMO.contacts.pending);
    expect(section.getByRole('button', { name: /^Approve in/ })).toBeTruthy();
    expect(section.queryByRole('button', { name: 'Approve all pending' })).toBeNull();
  });
});
