// @vitest-environment happy-dom
// The Help centers section against the real fake Zoho: what its rows show, and the writes the agent makes from
// them (approve, invite, reactivate, deactivate), each asserted on what the agent sees and on what the fake
// received and holds. Failures on a write's way are HelpCenters.failures.test.tsx.
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import { helpCenterIdsIn, useHelpCentersOnFake } from '@/tests/support/help-centers-on-fake';
import { LOADED } from '@/tests/support/panel-on-fake';
import { APPROVE, INVITE, UPDATE_USER } from '@/tests/support/desk-routes';

const { h, requestsTo, acme, nameOf, statusIn, sectionOf, rowIn, pendingRow } = useHelpCentersOnFake();
/** The help centers where the fake holds a sign-up of the contact waiting for approval. */
const pendingSignUps = (contactId: string) =>
  acme().memberships.filter((m) => m.contactId === contactId && m.userStatus === 'PENDING').map((m) => m.helpCenterId);

describe('Help centers on the fake Zoho: rows and writes', () => {
  it('lists the help centers where the contact has a user, with the status in each; the others only in the invite select', async () => {
    const { section, rowOf } = await sectionOf(DEMO.contacts.multiUser);
    expect(section.getAllByRole('listitem')).toHaveLength(3);
    expect(rowOf(DEMO.helpCenters.main).getByText('Active')).toBeTruthy();
    expect(rowOf(DEMO.helpCenters.developers).getByText('Active')).toBeTruthy();
    expect(rowOf(DEMO.helpCenters.legacyDisabled).getByText('Deactivated')).toBeTruthy();
    expect(rowOf(DEMO.helpCenters.legacyDisabled).getByText('Help center disabled')).toBeTruthy();
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

  it('renders hostile help-center names as text: markup, direction overrides, very long names', async () => {
    const hostile = ['<script>window.__pwned=1</script>', '\u202Egnp.exe\u202C Portal', `Long ${'Ü'.repeat(240)}`];
    const [first, second, third] = acme().helpCenters;
    for (const [index, center] of [first!, second!, third!].entries()) center.name = hostile[index]!;
    const { section } = await sectionOf(DEMO.contacts.pending);
    for (const text of hostile) expect(section.getByText(text)).toBeTruthy();
    const panel = screen.getByRole('complementary');
    expect(panel.querySelector('script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(section.queryAllByRole('alert')).toEqual([]);
  });

  it('offers no Approve where Zoho holds nothing pending', async () => {
    const contactId = DEMO.contacts.active;
    const { section } = await sectionOf(contactId);
    expect(pendingSignUps(contactId)).toEqual([]);
    expect(section.getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(section.queryAllByRole('button', { name: /^Approve/ })).toEqual([]);
  });

  it('has no "Approve all pending" for a single pending row', async () => {
    const { section } = await sectionOf(DEMO.contacts.pending);
    expect(pendingSignUps(DEMO.contacts.pending)).toHaveLength(1);
    expect(section.getByRole('button', { name: /^Approve in/ })).toBeTruthy();
    expect(section.queryByRole('button', { name: 'Approve all pending' })).toBeNull();
  });

  it('approves a pending sign-up and shows the status Zoho then holds', async () => {
    const contactId = DEMO.contacts.pending;
    const { row, approve, active } = await pendingRow();
    approve();
    await active();
    expect(row.queryByRole('button', { name: /^Approve/ })).toBeNull();
    const approvals = await requestsTo(APPROVE);
    expect(approvals.map((entry) => entry.path)).toEqual([`/api/v1/contacts/${contactId}/approveEndUserInvite`]);
    expect(JSON.parse(approvals[0]!.body)).toEqual({ helpCenterIds: [DEMO.helpCenters.pendingIn] });
    expect(statusIn(contactId, DEMO.helpCenters.pendingIn)).toBe('ACTIVE');
    expect(await h.fake.control.responseValidationErrors()).toEqual([]);
  });

  it('sends one request for a double click and disables the button while it runs', async () => {
    const { row, active, answered } = await pendingRow();
    const approve = row.getByRole('button', { name: /^Approve/ });
    // Both clicks before the re-render (one act): the write's own busy mark refuses the second.
    act(() => {
      fireEvent.click(approve);
      fireEvent.click(approve);
    });
    await waitFor(() => expect((approve as HTMLButtonElement).disabled).toBe(true));
    fireEvent.click(approve);
    await active();
    await answered();
    expect(await requestsTo(APPROVE)).toHaveLength(1);
  });

  it('approves all pending help centers in one call', async () => {
    const contactId = DEMO.contacts.pendingTwice;
    const { section } = await sectionOf(contactId);
    fireEvent.click(section.getByRole('button', { name: 'Approve all pending' }));
    await waitFor(() => expect(section.getAllByText('Active')).toHaveLength(2), { timeout: LOADED });
    const approvals = await requestsTo(APPROVE);
    expect(approvals).toHaveLength(1);
    expect(helpCenterIdsIn(approvals[0]!.body).sort()).toEqual([DEMO.helpCenters.main, DEMO.helpCenters.partners].sort());
    expect(pendingSignUps(contactId)).toEqual([]);
    expect(section.queryByRole('button', { name: 'Approve all pending' })).toBeNull();
  });

  it('sends nothing while the placeholder is chosen; invites the chosen help center, which then is a row showing Invited', async () => {
    const contactId = DEMO.contacts.notMember;
    const { section, rowOf, answered } = await sectionOf(contactId);
    const name = nameOf(DEMO.helpCenters.partners);
    const select = section.getByRole('combobox', { name: 'Invite to help center' }) as HTMLSelectElement;
    const invite = section.getByRole('button', { name: 'Invite' }) as HTMLButtonElement;
    await waitFor(() => expect(select.disabled).toBe(false), { timeout: LOADED });
    fireEvent.click(invite);
    await answered();
    expect(await requestsTo(INVITE)).toHaveLength(0);
    expect(invite.disabled).toBe(true);
    fireEvent.change(select, { target: { value: DEMO.helpCenters.partners } });
    // A double click, both clicks before the re-render: one invitation e-mail.
    act(() => {
      fireEvent.click(invite);
      fireEvent.click(invite);
    });
    const row = await waitFor(() => rowOf(DEMO.helpCenters.partners), { timeout: LOADED });
    expect(row.getByText('Invited')).toBeTruthy();
    await answered();
    const invites = await requestsTo(INVITE);
    expect(invites.map((entry) => entry.path)).toEqual([`/api/v1/contacts/${contactId}/inviteAsEndUser`]);
    expect(String(JSON.parse(invites[0]!.body).helpCenterId)).toBe(DEMO.helpCenters.partners);
    expect(statusIn(contactId, DEMO.helpCenters.partners)).toBe('INVITED');
    expect([...select.options].some((option) => option.value === DEMO.helpCenters.partners)).toBe(false);
    expect(select.value).toBe('');
    fireEvent.click(row.getByRole('button', { name: `Re-invite to ${name}` }));
    await waitFor(async () => expect(await requestsTo(INVITE)).toHaveLength(2), { timeout: LOADED });
  });

  it('disables the invite select and Invite with a reason when the contact has no email', async () => {
    const { section, answered } = await sectionOf(DEMO.contacts.noEmail);
    await waitFor(() => expect(screen.getAllByText(/no email address/).length).toBeGreaterThan(0), { timeout: LOADED });
    const select = section.getByRole('combobox', { name: 'Invite to help center' }) as HTMLSelectElement;
    const invite = section.getByRole('button', { name: 'Invite' }) as HTMLButtonElement;
    // Whatever gets through: a help center chosen, Invite clicked. Only the block stops it.
    fireEvent.change(select, { target: { value: DEMO.helpCenters.partners } });
    fireEvent.click(invite);
    await answered();
    expect(await requestsTo(INVITE)).toHaveLength(0);
    expect(statusIn(DEMO.contacts.noEmail, DEMO.helpCenters.partners)).toBeUndefined();
    for (const control of [select, invite]) {
      expect(control.disabled).toBe(true);
      const describedBy = control.getAttribute('aria-describedby');
      expect(describedBy && screen.getByRole('complementary').querySelector(`[id="${describedBy}"]`)?.textContent).toMatch(/no email address/);
    }
  });

  it('reactivates a deactivated user', async () => {
    const contactId = DEMO.contacts.deactivated;
    const { row, name } = await rowIn(contactId, DEMO.helpCenters.main);
    expect(row.getByText('Deactivated')).toBeTruthy();
    fireEvent.click(row.getByRole('button', { name: `Reactivate in ${name}` }));
    await waitFor(() => expect(row.getByText('Active')).toBeTruthy(), { timeout: LOADED });
    const updates = await requestsTo(UPDATE_USER);
    expect(updates.map((entry) => entry.path)).toEqual([`/api/v1/users/${DEMO.userIdOf(contactId, DEMO.helpCenters.main)}`]);
    expect(updates[0]!.query).toBe(`helpCenterId=${DEMO.helpCenters.main}`);
    expect(statusIn(contactId, DEMO.helpCenters.main)).toBe('ACTIVE');
  });

  it('deactivates only after a confirmation in the same row, in that help center only', async () => {
    const contactId = DEMO.contacts.sharedUser;
    const { row, name, answered } = await rowIn(contactId, DEMO.helpCenters.main);
    /** Nothing reached Zoho: the user is active there still. */
    const notSent = async () => {
      await answered();
      expect(await requestsTo(UPDATE_USER)).toHaveLength(0);
      expect(statusIn(contactId, DEMO.helpCenters.main)).toBe('ACTIVE');
    };
    fireEvent.click(row.getByRole('button', { name: `Deactivate in ${name}` }));
    // Asked, not sent; Cancel takes the question back, sending nothing either.
    await notSent();
    expect(row.getByRole('button', { name: /^Confirm deactivation/ })).toBeTruthy();
    fireEvent.click(row.getByRole('button', { name: 'Cancel' }));
    await notSent();
    expect(row.queryByRole('button', { name: /^Confirm deactivation/ })).toBeNull();
    fireEvent.click(row.getByRole('button', { name: `Deactivate in ${name}` }));
    fireEvent.click(row.getByRole('button', { name: `Confirm deactivation in ${name}` }));
    await waitFor(() => expect(row.getByText('Deactivated')).toBeTruthy(), { timeout: LOADED });
    const updates = await requestsTo(UPDATE_USER);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.query).toBe(`helpCenterId=${DEMO.helpCenters.main}`);
    expect(JSON.parse(updates[0]!.body)).toEqual({ status: 'DISABLED' });
    expect(statusIn(contactId, DEMO.helpCenters.main)).toBe('DISABLED');
    // The same user id in Partners keeps its own status.
    expect(statusIn(contactId, DEMO.helpCenters.partners)).toBe('DISABLED');
    expect(row.getByRole('button', { name: `Reactivate in ${name}` })).toBeTruthy();
  });

  it('a double-click on Deactivate sends nothing: the second click is not a confirmation', async () => {
    const { row, name, answered } = await rowIn(DEMO.contacts.active, DEMO.helpCenters.main);
    fireEvent.click(row.getByRole('button', { name: `Deactivate in ${name}` }), { detail: 1 });
    fireEvent.click(row.getByRole('button', { name: `Confirm deactivation in ${name}` }), { detail: 2 });
    await answered();
    expect(await requestsTo(UPDATE_USER)).toHaveLength(0);
    expect(statusIn(DEMO.contacts.active, DEMO.helpCenters.main)).toBe('ACTIVE');
    expect(row.getByRole('button', { name: `Confirm deactivation in ${name}` })).toBeTruthy();
  });
});
