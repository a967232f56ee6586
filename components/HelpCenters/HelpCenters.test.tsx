// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { apiError, hc, page, type FakeState } from '@/tests/support/fake-api';
import { renderPanel, settled } from '@/tests/support/render-panel';

beforeEach(() => {
  fakeBrowser.reset();
});

function setMemberships(state: FakeState, entries: Array<[index: number, userId: string, status: string]>) {
  state.memberships[page.contactId] = entries.map(([index, userId, userStatus]) => ({
    helpCenter: state.helpCenters[index]!,
    userId,
    userStatus,
  }));
}

async function row(name: string) {
  const section = await settled('Help centers');
  const item = section.getAllByRole('listitem').find((li) => li.textContent?.includes(name));
  if (!item) throw new Error(`no row for ${name}`);
  return within(item);
}

describe('Help centers', () => {
  it('lists every help center of the org with the contact’s status', async () => {
    renderPanel((state) => {
      state.helpCenters.push(hc('204', 'Old Portal', { enabled: false }));
      setMemberships(state, [
        [0, '301', 'ACTIVE'],
        [1, '302', 'LOCKED_BY_ADMIN'],
        [3, '303', 'PENDING_APPROVAL'],
      ]);
    });
    const section = await settled('Help centers');
    const items = section.getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]!.textContent).toContain('Customer Portal');
    expect(within(items[0]!).getByText('Active')).toBeTruthy();
    const locked = within(items[1]!).getByText('Locked by admin');
    expect(locked.getAttribute('title')).toBe('LOCKED_BY_ADMIN');
    expect(within(items[2]!).getByText('Not a member')).toBeTruthy();
    expect(within(items[3]!).getByText('Pending approval')).toBeTruthy();
    expect(items[3]!.textContent).toMatch(/disabled/i);
  });

  it('approves and shows the status read back from Zoho', async () => {
    const { fake } = renderPanel((state) => setMemberships(state, [[0, '301', 'PENDING']]));
    const customer = await row('Customer Portal');
    fireEvent.click(customer.getByRole('button', { name: 'Approve in Customer Portal' }));
    await waitFor(() => expect(customer.getByText('Active')).toBeTruthy());
    expect(fake.callsOf('helpCenters.approve')).toEqual([
      { org: { dataCenter: 'eu', portal: 'acme' }, contactId: page.contactId, helpCenterIds: ['201'] },
    ]);
    expect(fake.callsOf('contact.helpCenters')).toHaveLength(2);
    expect(customer.queryByRole('button', { name: /^Approve/ })).toBeNull();
  });

  it('sends one request for a double click and disables the button while it runs', async () => {
    const { fake } = renderPanel((state) => setMemberships(state, [[0, '301', 'PENDING']]));
    const customer = await row('Customer Portal');
    const approve = customer.getByRole('button', { name: /^Approve/ });
    fireEvent.click(approve);
    fireEvent.click(approve);
    await waitFor(() => expect((approve as HTMLButtonElement).disabled).toBe(true));
    fireEvent.click(approve);
    await waitFor(() => expect(customer.getByText('Active')).toBeTruthy());
    expect(fake.callsOf('helpCenters.approve')).toHaveLength(1);
  });

  it('keeps the old status and offers Retry when Zoho fails the item', async () => {
    const { fake } = renderPanel((state) => setMemberships(state, [[0, '301', 'PENDING']]));
    fake.failItem('helpCenters.approve', '201', 'INVALID_DATA', 'The user cannot be approved now');
    const customer = await row('Customer Portal');
    fireEvent.click(customer.getByRole('button', { name: /^Approve/ }));
    const alert = await customer.findByRole('alert');
    expect(alert.textContent).toMatch(/Approve in Customer Portal failed/);
    expect(alert.textContent).toMatch(/INVALID_DATA/);
    expect(alert.textContent).toMatch(/cannot be approved now/);
    expect(customer.getByText('Pending approval')).toBeTruthy();

    fake.clearItemFailures();
    fireEvent.click(customer.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(customer.getByText('Active')).toBeTruthy());
    expect(customer.queryByRole('alert')).toBeNull();
    expect(fake.callsOf('helpCenters.approve')).toHaveLength(2);
    expect(fake.callsOf('helpCenters.approve')[1].helpCenterIds).toEqual(['201']);
  });

  // The browser can stop the service worker while a write is on its way (tests/e2e/faults.e2e.ts stops it
  // for real); the panel then cannot know whether Zoho did it, so it reads the state back instead of guessing.
  const lostAnswer = apiError('internal', 'The browser restarted Desk Companion before Zoho answered.');

  it('a write whose answer got lost but which Zoho did: the row shows the new status and no failure', async () => {
    const { fake } = renderPanel((state) => setMemberships(state, [[0, '301', 'PENDING']]));
    // Zoho approves, then the answer is lost on the way back.
    fake.failNext('helpCenters.approve', () => {
      fake.state.memberships[page.contactId]![0]!.userStatus = 'ACTIVE';
      return { ok: false, error: lostAnswer };
    });
    const customer = await row('Customer Portal');
    fireEvent.click(customer.getByRole('button', { name: /^Approve/ }));
    await waitFor(() => expect(customer.getByText('Active')).toBeTruthy());
    expect(customer.queryByRole('alert')).toBeNull();
    expect(fake.callsOf('helpCenters.approve')).toHaveLength(1);
  });

  it('a write whose answer got lost and whose state cannot be read: Retry reads first and sends nothing', async () => {
    const { fake } = renderPanel((state) => setMemberships(state, [[0, '301', 'PENDING']]));
    fake.failNext('helpCenters.approve', lostAnswer);
    const customer = await row('Customer Portal');
    fake.failNext('contact.helpCenters', lostAnswer);
    fireEvent.click(customer.getByRole('button', { name: /^Approve/ }));
    const alert = await customer.findByRole('alert');
    expect(alert.textContent).toMatch(/^Approve in Customer Portal failed\..*restarted Desk Companion/);
    // Meanwhile Zoho did it after all (or another agent did).
    fake.state.memberships[page.contactId]![0]!.userStatus = 'ACTIVE';
    fireEvent.click(customer.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(customer.getByText('Active')).toBeTruthy());
    expect(customer.queryByRole('alert')).toBeNull();
    expect(fake.callsOf('helpCenters.approve')).toHaveLength(1);
  });

  it('says the role lacks the permission on forbidden', async () => {
    const { fake } = renderPanel((state) => setMemberships(state, [[0, '301', 'PENDING']]));
    fake.failNext('helpCenters.reject', apiError('forbidden', 'You do not have permission.', { code: 'FORBIDDEN', requestId: 'r-1' }));
    const customer = await row('Customer Portal');
    fireEvent.click(customer.getByRole('button', { name: 'Reject in Customer Portal' }));
    const alert = await customer.findByRole('alert');
    expect(alert.textContent).toMatch(/role lacks the permission/);
    expect(alert.textContent).toMatch(/FORBIDDEN/);
    expect(alert.textContent).toMatch(/r-1/);
    expect(customer.getByText('Pending approval')).toBeTruthy();
    expect(customer.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('disables Invite with a reason when the contact has no email', async () => {
    const { fake } = renderPanel((state) => {
      state.contacts[0]!.email = null;
    });
    const partner = await row('Partner Portal');
    const invite = partner.getByRole('button', { name: 'Invite to Partner Portal' }) as HTMLButtonElement;
    await waitFor(() => expect(screen.getByText(/no email address/)).toBeTruthy());
    expect(invite.disabled).toBe(true);
    const describedBy = invite.getAttribute('aria-describedby');
    expect(describedBy && screen.getByRole('complementary').querySelector(`[id="${describedBy}"]`)?.textContent).toMatch(
      /no email address/,
    );
    fireEvent.click(invite);
    expect(fake.callsOf('helpCenters.invite')).toHaveLength(0);
  });

  it('invites, then offers Re-invite', async () => {
    const { fake } = renderPanel();
    const partner = await row('Partner Portal');
    await waitFor(() => expect((partner.getByRole('button', { name: /^Invite/ }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(partner.getByRole('button', { name: /^Invite/ }));
    await waitFor(() => expect(partner.getByText('Invited')).toBeTruthy());
    expect(fake.callsOf('helpCenters.invite')[0]).toMatchObject({ helpCenterId: '202', contactId: page.contactId });
    fireEvent.click(partner.getByRole('button', { name: 'Re-invite to Partner Portal' }));
    await waitFor(() => expect(fake.callsOf('helpCenters.invite')).toHaveLength(2));
    // The new user gets its badges and labels loaded too.
    await waitFor(() => expect(fake.callsOf('badges.ofUser').map((p) => p.userId)).toContain('900'));
  });

  it('reactivates a deactivated user', async () => {
    const { fake } = renderPanel((state) => setMemberships(state, [[0, '301', 'DISABLED']]));
    const customer = await row('Customer Portal');
    expect(customer.getByText('Deactivated')).toBeTruthy();
    fireEvent.click(customer.getByRole('button', { name: 'Reactivate in Customer Portal' }));
    await waitFor(() => expect(customer.getByText('Active')).toBeTruthy());
    expect(fake.callsOf('users.setStatus')).toEqual([
      { org: { dataCenter: 'eu', portal: 'acme' }, contactId: page.contactId, userId: '301', status: 'ACTIVE' },
    ]);
  });

  it('approves all pending help centers in one call', async () => {
    const { fake } = renderPanel((state) =>
      setMemberships(state, [
        [0, '301', 'PENDING'],
        [1, '302', 'AWAITING_MODERATION'],
        [2, '303', 'ACTIVE'],
      ]),
    );
    const section = await settled('Help centers');
    fireEvent.click(section.getByRole('button', { name: 'Approve all pending' }));
    await waitFor(() => expect(section.getAllByText('Active')).toHaveLength(3));
    expect(fake.callsOf('helpCenters.approve')).toHaveLength(1);
    expect(fake.callsOf('helpCenters.approve')[0].helpCenterIds).toEqual(['201', '202']);
    expect(section.queryByRole('button', { name: 'Approve all pending' })).toBeNull();
  });

  it('has no "Approve all pending" for a single pending row', async () => {
    renderPanel((state) => setMemberships(state, [[0, '301', 'PENDING']]));
    const section = await settled('Help centers');
    expect(section.queryByRole('button', { name: 'Approve all pending' })).toBeNull();
  });

  it('renders hostile names as text and never links a javascript: URL', async () => {
    renderPanel((state) => {
      state.helpCenters[0] = hc('201', '<img src=x onerror=alert(1)>', { url: 'javascript:alert(1)' });
      state.helpCenters[1] = hc('202', 'Evil <b>bold</b>', { url: 'data:text/html,hi' });
      setMemberships(state, [[0, '301', '<script>alert(1)</script>']]);
    });
    const section = await settled('Help centers');
    expect(section.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(section.getByText('Evil <b>bold</b>')).toBeTruthy();
    const complementary = screen.getByRole('complementary');
    expect(complementary.querySelector('img[src="x"], script, b')).toBeNull();
    for (const link of complementary.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https?:/);
    expect(section.getByRole('link', { name: 'Dev Portal' }).getAttribute('href')).toBe('https://help.example.com/203');
  });
});
