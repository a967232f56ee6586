// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { apiError, page } from '@/tests/support/fake-api';
import { renderPanel, settled } from '@/tests/support/render-panel';

beforeEach(() => {
  fakeBrowser.reset();
});

const options = (select: HTMLElement) => [...(select as HTMLSelectElement).options].map((o) => o.textContent);
const choose = (section: Awaited<ReturnType<typeof settled>>, picker: string, value: string) =>
  fireEvent.change(section.getByRole('combobox', { name: picker }), { target: { value } });

describe('Badges', () => {
  it('lists awarded badges and awards one from the rest of the catalogue', async () => {
    const { fake } = renderPanel();
    const section = await settled('Badges');
    const items = section.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toContain('Helper');
    expect(items[0]!.textContent).toContain('Answered 10 questions');
    const icon = items[0]!.querySelector('img')!;
    expect(icon.getAttribute('alt')).toBe('');
    expect(icon.getAttribute('loading')).toBe('lazy');

    const select = section.getByRole('combobox', { name: 'Badge to award' });
    expect(options(select)).toEqual(['Choose a badge…', 'Expert', 'Pioneer']);
    expect((section.getByRole('button', { name: 'Award' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(select, { target: { value: '403' } });
    fireEvent.click(section.getByRole('button', { name: 'Award' }));
    await waitFor(() => expect(section.getAllByRole('listitem')).toHaveLength(2));
    expect(fake.callsOf('badges.award')).toEqual([{ org: { dataCenter: 'eu', portal: 'acme' }, userId: '301', badgeIds: ['403'] }]);
    expect(section.getByText('Pioneer')).toBeTruthy();
    expect(options(section.getByRole('combobox', { name: 'Badge to award' }))).toEqual(['Choose a badge…', 'Expert']);
  });

  it('revokes a badge', async () => {
    const { fake } = renderPanel();
    const section = await settled('Badges');
    fireEvent.click(section.getByRole('button', { name: 'Revoke Helper' }));
    await waitFor(() => expect(section.queryByRole('button', { name: 'Revoke Helper' })).toBeNull());
    expect(fake.callsOf('badges.revoke')[0].badgeIds).toEqual(['401']);
    expect(section.getByText('No badges awarded yet.')).toBeTruthy();
  });

  it('shows a failed award with Retry', async () => {
    const { fake } = renderPanel();
    fake.failItem('badges.award', '402', 'FORBIDDEN');
    const section = await settled('Badges');
    choose(section, 'Badge to award', '402');
    fireEvent.click(section.getByRole('button', { name: 'Award' }));
    const alert = await section.findByRole('alert');
    expect(alert.textContent).toMatch(/Award Expert failed/);
    expect(alert.textContent).toMatch(/permission/);
    expect(alert.textContent).toMatch(/FORBIDDEN/);
    fake.clearItemFailures();
    fireEvent.click(section.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(section.getByRole('button', { name: 'Revoke Expert' })).toBeTruthy());
    expect(fake.callsOf('badges.award')).toHaveLength(2);
  });

  // The browser can stop the service worker while a write is on its way (tests/e2e/faults.e2e.ts stops it for
  // real): the panel cannot know whether Zoho did it, so it reads the user's badges back instead of guessing.
  const lostAnswer = apiError('internal', 'The browser restarted Desk Companion before Zoho answered.');

  it('an award whose answer got lost but which Zoho did: the badge shows as awarded, with no failure', async () => {
    const { fake } = renderPanel();
    fake.failNext('badges.award', () => {
      fake.state.userBadges['301']!.push('402');
      return { ok: false, error: lostAnswer };
    });
    const section = await settled('Badges');
    choose(section, 'Badge to award', '402');
    fireEvent.click(section.getByRole('button', { name: 'Award' }));
    await waitFor(() => expect(section.getByRole('button', { name: 'Revoke Expert' })).toBeTruthy());
    expect(section.queryByRole('alert')).toBeNull();
    expect(fake.callsOf('badges.award')).toHaveLength(1);
  });

  it('an award whose answer got lost and which Zoho did not do: says so, and Retry sends it once more', async () => {
    const { fake } = renderPanel();
    fake.failNext('badges.award', lostAnswer);
    const section = await settled('Badges');
    choose(section, 'Badge to award', '402');
    fireEvent.click(section.getByRole('button', { name: 'Award' }));
    const alert = await section.findByRole('alert');
    expect(alert.textContent).toMatch(/^Award Expert failed\..*restarted Desk Companion/);
    expect(fake.callsOf('badges.ofUser')).toHaveLength(2);
    fireEvent.click(section.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(section.getByRole('button', { name: 'Revoke Expert' })).toBeTruthy());
    expect(fake.callsOf('badges.award')).toHaveLength(2);
  });

  it('a revoke whose answer got lost and whose badges cannot be read: Retry reads first and sends nothing', async () => {
    const { fake } = renderPanel();
    const section = await settled('Badges');
    fake.failNext('badges.revoke', lostAnswer);
    fake.failNext('badges.ofUser', lostAnswer);
    fireEvent.click(section.getByRole('button', { name: 'Revoke Helper' }));
    const helper = within(section.getAllByRole('listitem')[0]!);
    const alert = await helper.findByRole('alert');
    expect(alert.textContent).toMatch(/^Revoke Helper failed\./);
    // Meanwhile Zoho did it after all (or another agent did).
    fake.state.userBadges['301'] = [];
    fireEvent.click(helper.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(section.getByText('No badges awarded yet.')).toBeTruthy());
    expect(section.queryByRole('alert')).toBeNull();
    expect(fake.callsOf('badges.revoke')).toHaveLength(1);
  });

  it('groups badges by user when the contact has several, loading each user once', async () => {
    const { fake } = renderPanel((state) => {
      state.memberships[page.contactId] = [
        { helpCenter: state.helpCenters[0]!, userId: '301', userStatus: 'ACTIVE' },
        { helpCenter: state.helpCenters[1]!, userId: '302', userStatus: 'ACTIVE' },
        { helpCenter: state.helpCenters[2]!, userId: '301', userStatus: 'ACTIVE' },
      ];
      state.userBadges['302'] = ['402', '403'];
    });
    const section = await settled('Badges');
    const first = within(section.getByRole('group', { name: 'Customer Portal, Dev Portal' }));
    const second = within(section.getByRole('group', { name: 'Partner Portal' }));
    expect(first.getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringContaining('Helper')]);
    expect(second.getAllByRole('listitem')).toHaveLength(2);
    expect(fake.callsOf('badges.ofUser').map((p) => p.userId).sort()).toEqual(['301', '302']);
    expect(fake.callsOf('badges.catalogue')).toHaveLength(1);

    fireEvent.click(second.getByRole('button', { name: 'Revoke Expert' }));
    await waitFor(() => expect(second.getAllByRole('listitem')).toHaveLength(1));
    expect(fake.callsOf('badges.revoke')[0]).toMatchObject({ userId: '302', badgeIds: ['402'] });
  });

  it('explains that a contact without a help-center user needs an invite first', async () => {
    renderPanel((state) => {
      state.memberships[page.contactId] = [];
    });
    const section = await settled('Badges');
    expect(section.getByText(/Invite them from the Help centers section/)).toBeTruthy();
    expect(section.queryByRole('combobox')).toBeNull();
  });

  it('uses only http(s) icons, falls back when blocked, and shows names as text', async () => {
    renderPanel((state) => {
      state.badges[0] = { id: '401', name: '<img src=x onerror=alert(1)>', description: '<b>x</b>', iconUrl: 'javascript:alert(1)' };
      state.badges[1] = { id: '402', name: 'Expert', description: null, iconUrl: 'https://cdn.example.com/e.png' };
      state.userBadges['301'] = ['401', '402'];
    });
    const section = await settled('Badges');
    expect(section.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    const images = screen.getByRole('complementary').querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]!.getAttribute('src')).toBe('https://cdn.example.com/e.png');
    fireEvent.error(images[0]!);
    await waitFor(() => expect(screen.getByRole('complementary').querySelectorAll('img')).toHaveLength(0));
  });

  it('shows a failed badge read in the section with Retry', async () => {
    const { fake } = renderPanel();
    fake.failNext('badges.ofUser', apiError('server', 'Zoho answered 503.', { code: 'INTERNAL_SERVER_ERROR' }));
    const section = await settled('Badges');
    expect(section.getByRole('alert').textContent).toMatch(/INTERNAL_SERVER_ERROR/);
    fireEvent.click(section.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(section.getByRole('button', { name: 'Revoke Helper' })).toBeTruthy());
  });
});
