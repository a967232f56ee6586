// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { apiError, contact, page, type FakeState } from '@/tests/support/fake-api';
import { renderPanel, settled } from '@/tests/support/render-panel';

beforeEach(() => {
  fakeBrowser.reset();
});

const DUP = '1000000000002';
const base = 'https://desk.zoho.eu/agent/acme/support/contacts/details/';

function withDuplicate(state: FakeState) {
  state.contacts[0]!.mergeFields = { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com', phone: '+44 1' };
  const duplicate = contact(DUP, {
    firstName: 'Annie',
    lastName: 'Lee',
    email: 'ann@example.com',
    phone: '+44 2',
    mergeFields: { firstName: 'Annie', lastName: 'Lee', email: 'ann@example.com', phone: '+44 2' },
  });
  state.contacts.push(duplicate);
  state.duplicates[page.contactId] = [
    { contact: duplicate, matchedOn: ['email'] },
    { contact: contact('1000000000003', { firstName: 'Bob', lastName: 'Ray', email: null }), matchedOn: ['phone'] },
  ];
}

async function openMerge() {
  const rendered = renderPanel(withDuplicate);
  const section = await settled('Duplicates');
  const item = within(section.getAllByRole('listitem')[0]!);
  const opener = item.getByRole('button', { name: /^Merge/ });
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Merge contacts' });
  await waitFor(() => expect(within(dialog).getAllByRole('radio').length).toBeGreaterThan(0));
  return { ...rendered, dialog: within(dialog), dialogElement: dialog, opener };
}

describe('Duplicates', () => {
  it('says "No duplicates found" when there are none', async () => {
    renderPanel();
    const section = await settled('Duplicates');
    expect(section.getByText('No duplicates found')).toBeTruthy();
  });

  it('links each duplicate to its page and says what matched', async () => {
    renderPanel(withDuplicate);
    const section = await settled('Duplicates');
    const items = section.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const annie = within(items[0]!).getByRole('link', { name: 'Annie Lee' });
    expect(annie.getAttribute('href')).toBe(`${base}${DUP}`);
    expect(items[0]!.textContent).toMatch(/email/);
    expect(within(items[1]!).getByRole('link', { name: 'Bob Ray' }).getAttribute('href')).toBe(`${base}1000000000003`);
    expect(items[1]!.textContent).toMatch(/phone/);
  });

  it('follows a link without a reload, but leaves modified clicks to the browser', async () => {
    const { navigate } = renderPanel(withDuplicate);
    const section = await settled('Duplicates');
    const link = section.getByRole('link', { name: 'Annie Lee' });
    const plain = fireEvent.click(link);
    expect(plain).toBe(false); // default prevented
    expect(navigate).toHaveBeenCalledWith(`${base}${DUP}`);
    navigate.mockClear();
    const withCtrl = fireEvent.click(link, { ctrlKey: true });
    expect(withCtrl).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('shows hostile names as text', async () => {
    renderPanel((state) => {
      state.duplicates[page.contactId] = [
        { contact: contact(DUP, { firstName: '<img src=x onerror=alert(1)>', lastName: null }), matchedOn: ['email', 'phone'] },
      ];
    });
    const section = await settled('Duplicates');
    expect(section.getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(screen.getByRole('complementary').querySelector('img[src="x"]')).toBeNull();
  });

  it('opens a labelled modal dialog and Cancel sends nothing and returns focus', async () => {
    const { fake, dialog, dialogElement, opener } = await openMerge();
    expect(dialogElement.getAttribute('aria-modal')).toBe('true');
    expect(fake.callsOf('contact.get').map((p) => p.contactId)).toContain(DUP);
    const root = dialogElement.getRootNode() as Document;
    expect(dialogElement.contains(root.activeElement)).toBe(true);
    fireEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsOf('contacts.merge')).toHaveLength(0);
    expect(document.activeElement).toBe(opener);
  });

  it('closes on Escape without merging', async () => {
    const { fake, dialogElement, opener } = await openMerge();
    fireEvent.keyDown(dialogElement, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsOf('contacts.merge')).toHaveLength(0);
    expect(document.activeElement).toBe(opener);
  });

  it('traps focus inside the dialog', async () => {
    const { dialog, dialogElement } = await openMerge();
    fireEvent.click(dialog.getByRole('checkbox', { name: /cannot be undone/ }));
    const mergeButton = dialog.getByRole('button', { name: 'Merge' });
    mergeButton.focus();
    fireEvent.keyDown(mergeButton, { key: 'Tab' });
    const first = dialogElement.querySelector('input, button')!;
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(mergeButton);
  });

  it('shows both records and merges with the chosen record and field sources', async () => {
    const { fake, dialog, navigate } = await openMerge();
    const keep = dialog.getByRole('radiogroup', { name: 'Record to keep' });
    expect(within(keep).getAllByRole('radio')).toHaveLength(2);
    expect((within(keep).getByRole('radio', { name: /this contact/ }) as HTMLInputElement).checked).toBe(true);
    // Only the differing fields ask whose value to keep.
    expect(dialog.queryByRole('radiogroup', { name: 'Email' })).toBeNull();
    const phone = dialog.getByRole('radiogroup', { name: 'Phone' });
    fireEvent.click(within(phone).getByRole('radio', { name: /\+44 2/ }));
    expect(fake.callsOf('contacts.merge')).toHaveLength(0);
    fireEvent.click(dialog.getByRole('checkbox', { name: /cannot be undone/ }));
    fireEvent.click(dialog.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(`${base}${page.contactId}`));
    expect(fake.callsOf('contacts.merge')).toEqual([
      {
        org: { dataCenter: 'eu', portal: 'acme' },
        keepId: page.contactId,
        mergeIds: [DUP],
        source: { firstName: page.contactId, phone: DUP },
      },
    ]);
  });

  it('can keep the duplicate, and then navigates to it', async () => {
    const { fake, dialog, navigate } = await openMerge();
    fireEvent.click(within(dialog.getByRole('radiogroup', { name: 'Record to keep' })).getByRole('radio', { name: /duplicate/ }));
    fireEvent.click(dialog.getByRole('checkbox', { name: /cannot be undone/ }));
    fireEvent.click(dialog.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(`${base}${DUP}`));
    expect(fake.callsOf('contacts.merge')[0]).toMatchObject({
      keepId: DUP,
      mergeIds: [page.contactId],
      source: { firstName: DUP, phone: DUP },
    });
  });

  it('says plainly that help-center users cannot be merged', async () => {
    const { fake, dialog, navigate } = await openMerge();
    fake.failNext(
      'contacts.merge',
      apiError('invalid', 'Help center users cannot be merged.', { code: 'UNPROCESSABLE_ENTITY', requestId: 'm-1' }),
    );
    fireEvent.click(dialog.getByRole('checkbox', { name: /cannot be undone/ }));
    fireEvent.click(dialog.getByRole('button', { name: 'Merge' }));
    const alert = await dialog.findByRole('alert');
    expect(alert.textContent).toMatch(/help-center users cannot be merged/);
    expect(alert.textContent).toMatch(/UNPROCESSABLE_ENTITY/);
    expect(navigate).not.toHaveBeenCalled();
    expect(dialog.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
