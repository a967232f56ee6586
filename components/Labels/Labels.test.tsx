// @vitest-environment happy-dom
import { fireEvent, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { apiError } from '@/tests/support/fake-api';
import { renderPanel, settled } from '@/tests/support/render-panel';

beforeEach(() => {
  fakeBrowser.reset();
});

const options = (select: HTMLElement) => [...(select as HTMLSelectElement).options].map((o) => o.textContent);
const choose = (section: Awaited<ReturnType<typeof settled>>, picker: string, value: string) =>
  fireEvent.change(section.getByRole('combobox', { name: picker }), { target: { value } });

describe('Labels', () => {
  it('lists the user’s labels and adds one from the help center’s catalogue', async () => {
    const { fake } = renderPanel();
    const section = await settled('Labels');
    expect(section.getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringContaining('VIP')]);
    const select = section.getByRole('combobox', { name: 'Label to add' });
    expect(options(select)).toEqual(['Choose a label…', 'Beta tester']);
    expect((section.getByRole('button', { name: 'Add label' }) as HTMLButtonElement).disabled).toBe(true);
    choose(section, 'Label to add', '502');
    expect(fake.callsOf('labels.catalogue')).toEqual([{ org: { dataCenter: 'eu', portal: 'acme' }, helpCenterId: '201' }]);
    fireEvent.click(section.getByRole('button', { name: 'Add label' }));
    await waitFor(() => expect(section.getAllByRole('listitem')).toHaveLength(2));
    expect(fake.callsOf('labels.assign')).toEqual([{ org: { dataCenter: 'eu', portal: 'acme' }, userId: '301', labelIds: ['502'] }]);
    expect(fake.callsOf('labels.ofUser')).toHaveLength(2);
  });

  it('removes a label', async () => {
    const { fake } = renderPanel();
    const section = await settled('Labels');
    fireEvent.click(section.getByRole('button', { name: 'Remove VIP' }));
    await waitFor(() => expect(section.queryByRole('button', { name: 'Remove VIP' })).toBeNull());
    expect(fake.callsOf('labels.remove')[0]).toMatchObject({ userId: '301', labelIds: ['501'] });
    expect(section.getByText('No labels yet.')).toBeTruthy();
  });

  it('keeps the label and offers Retry when removing fails', async () => {
    const { fake } = renderPanel();
    fake.failNext('labels.remove', apiError('forbidden', 'Not allowed.', { code: 'FORBIDDEN' }));
    const section = await settled('Labels');
    const remove = section.getByRole('button', { name: 'Remove VIP' });
    fireEvent.click(remove);
    fireEvent.click(remove);
    const alert = await section.findByRole('alert');
    expect(alert.textContent).toMatch(/Remove VIP failed/);
    expect(alert.textContent).toMatch(/role lacks the permission/);
    expect(section.getByText('VIP')).toBeTruthy();
    expect(fake.callsOf('labels.remove')).toHaveLength(1);
    fireEvent.click(section.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(section.queryByRole('button', { name: 'Remove VIP' })).toBeNull());
    expect(fake.callsOf('labels.remove')).toHaveLength(2);
  });

  it('a removal whose answer got lost but which Zoho did: the label is gone, with no failure', async () => {
    const { fake } = renderPanel();
    fake.failNext('labels.remove', () => {
      fake.state.userLabels['301'] = [];
      return { ok: false, error: apiError('internal', 'The browser restarted Desk Companion before Zoho answered.') };
    });
    const section = await settled('Labels');
    fireEvent.click(section.getByRole('button', { name: 'Remove VIP' }));
    await waitFor(() => expect(section.getByText('No labels yet.')).toBeTruthy());
    expect(section.queryByRole('alert')).toBeNull();
    expect(fake.callsOf('labels.remove')).toHaveLength(1);
  });

  it('treats success:false as a failure', async () => {
    const { fake } = renderPanel();
    fake.failItem('labels.assign', '502', 'INVALID_DATA', 'Label limit reached');
    const section = await settled('Labels');
    choose(section, 'Label to add', '502');
    fireEvent.click(section.getByRole('button', { name: 'Add label' }));
    const alert = await section.findByRole('alert');
    expect(alert.textContent).toMatch(/Label limit reached/);
    expect(alert.textContent).toMatch(/INVALID_DATA/);
    expect(section.getAllByRole('listitem')).toHaveLength(1);
  });
});
