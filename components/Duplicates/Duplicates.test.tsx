// @vitest-environment happy-dom
// The Duplicates section and its merge dialog against the real fake Zoho: the default world's Dana Duplicate has
// one duplicate by email (Dana D.) and one by phone (Daniel Duplicate); Hank Copy's duplicate Hank Helpcenter is a
// help-center user, whom Zoho does not merge. What the agent sees, and what the fake received.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import { LOADED, usePanelOnFake } from '@/tests/support/panel-on-fake';
import { settled } from '@/tests/support/render-panel';
import { BY_IDS, CONTACT, MERGE } from '@/tests/support/desk-routes';

const { h, renderOnFake, requestsTo } = usePanelOnFake();
const SELF = DEMO.contacts.withDuplicates;
const DUP = DEMO.contacts.duplicateByEmail;
const urlOf = (contactId: string) => DEMO.contactUrl('desk.zoho.com', contactId);
const acme = () => h.fake.world.orgs.find((org) => org.id === DEMO.orgId)!;
const mergeBody = (body: string) => {
  const parsed = JSON.parse(body) as { ids: unknown[]; source?: Record<string, unknown> };
  return { ids: parsed.ids.map(String), source: Object.fromEntries(Object.entries(parsed.source ?? {}).map(([k, v]) => [k, String(v)])) };
};

async function openMerge(contactId: string = SELF) {
  const rendered = renderOnFake(contactId);
  const section = await settled('Duplicates', LOADED);
  const opener = within(section.getAllByRole('listitem')[0]!).getByRole('button', { name: /^Merge/ });
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Merge contacts' }, { timeout: LOADED });
  await waitFor(() => expect(within(dialog).getAllByRole('radio').length).toBeGreaterThan(0), { timeout: LOADED });
  return { ...rendered, dialog: within(dialog), dialogElement: dialog, opener };
}

describe('Duplicates on the fake Zoho', () => {
  it('says "No duplicates found" when there are none', async () => {
    renderOnFake(DEMO.contacts.pending);
    const section = await settled('Duplicates', LOADED);
    expect(section.getByText('No duplicates found')).toBeTruthy();
  });

  it('links each duplicate to its page and says what matched', async () => {
    renderOnFake(SELF);
    const section = await settled('Duplicates', LOADED);
    const items = section.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link', { name: 'Dana D.' }).getAttribute('href')).toBe(urlOf(DUP));
    expect(items[0]!.textContent).toMatch(/email/);
    expect(within(items[1]!).getByRole('link', { name: 'Daniel Duplicate' }).getAttribute('href')).toBe(urlOf(DEMO.contacts.duplicateByPhone));
    expect(items[1]!.textContent).toMatch(/phone/);
  });

  it('follows a link without a reload, but leaves modified clicks to the browser', async () => {
    const { navigate } = renderOnFake(SELF);
    const section = await settled('Duplicates', LOADED);
    const link = section.getByRole('link', { name: 'Dana D.' });
    expect(fireEvent.click(link)).toBe(false); // default prevented
    expect(navigate).toHaveBeenCalledWith(urlOf(DUP));
    navigate.mockClear();
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('shows hostile names as text', async () => {
    const duplicate = acme().contacts.find((c) => c.id === DUP)!;
    Object.assign(duplicate, { firstName: '<img src=x onerror=alert(1)>', lastName: null });
    renderOnFake(SELF);
    const section = await settled('Duplicates', LOADED);
    expect(section.getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(screen.getByRole('complementary').querySelector('img[src="x"]')).toBeNull();
  });

  it('opens a labelled modal dialog and Cancel sends nothing and returns focus', async () => {
    const { dialog, dialogElement, opener, answered } = await openMerge();
    expect(dialogElement.getAttribute('aria-modal')).toBe('true');
    expect((await requestsTo(CONTACT)).map((entry) => entry.path)).toContain(`/api/v1/contacts/${DUP}`);
    const root = dialogElement.getRootNode() as Document;
    expect(dialogElement.contains(root.activeElement)).toBe(true);
    fireEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Whatever the click sent has reached the fake (and been answered) before its log is read.
    await answered();
    expect(await requestsTo(MERGE)).toHaveLength(0);
    expect(document.activeElement).toBe(opener);
  });

  it('closes on Escape without merging', async () => {
    const { dialogElement, opener, answered } = await openMerge();
    fireEvent.keyDown(dialogElement, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await answered();
    expect(await requestsTo(MERGE)).toHaveLength(0);
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
    const { dialog, navigate } = await openMerge();
    const keep = dialog.getByRole('radiogroup', { name: 'Record to keep' });
    expect(within(keep).getAllByRole('radio')).toHaveLength(2);
    expect((within(keep).getByRole('radio', { name: /this contact/ }) as HTMLInputElement).checked).toBe(true);
    // Only the differing fields ask whose value to keep.
    expect(dialog.queryByRole('radiogroup', { name: 'Email' })).toBeNull();
    const phone = dialog.getByRole('radiogroup', { name: 'Phone' });
    fireEvent.click(within(phone).getByRole('radio', { name: /\+1 555 0199/ }));
    expect(await requestsTo(MERGE)).toHaveLength(0);
    fireEvent.click(dialog.getByRole('checkbox', { name: /cannot be undone/ }));
    fireEvent.click(dialog.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(urlOf(SELF)), { timeout: LOADED });
    const merges = await requestsTo(MERGE);
    expect(merges.map((entry) => entry.path)).toEqual([`/api/v1/contacts/${SELF}/merge`]);
    const body = mergeBody(merges[0]!.body);
    expect(body.ids).toContain(DUP);
    expect(body.source).toMatchObject({ lastName: SELF, phone: DUP });
    expect(acme().contacts.find((c) => c.id === SELF)?.phone).toBe('+1 555 0199');
    expect(await h.fake.control.responseValidationErrors()).toEqual([]);
  });

  it('can keep the duplicate, and then navigates to it', async () => {
    const { dialog, navigate } = await openMerge();
    fireEvent.click(within(dialog.getByRole('radiogroup', { name: 'Record to keep' })).getByRole('radio', { name: /duplicate/ }));
    fireEvent.click(dialog.getByRole('checkbox', { name: /cannot be undone/ }));
    fireEvent.click(dialog.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(urlOf(DUP)), { timeout: LOADED });
    const merges = await requestsTo(MERGE);
    expect(merges.map((entry) => entry.path)).toEqual([`/api/v1/contacts/${DUP}/merge`]);
    expect(mergeBody(merges[0]!.body).ids).toContain(SELF);
  });

  it('disables the merge with a duplicate that is a help-center user and says why, from one contactsByIds call', async () => {
    renderOnFake(DEMO.contacts.helpCenterUserDuplicate);
    const section = await settled('Duplicates', LOADED);
    const item = section.getByRole('listitem');
    expect(item.textContent).toContain('Hank Helpcenter is a help-center user, and Zoho does not merge help-center users.');
    const merge = within(item).getByRole('button', { name: /^Merge/, description: /^Hank Helpcenter is a help-center user/ });
    expect((merge as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(merge);
    expect(screen.queryByRole('dialog')).toBeNull();
    const asked = await requestsTo(BY_IDS);
    expect(asked.map((entry) => new URLSearchParams(entry.query).get('ids')!.split(',').sort())).toEqual([
      [DEMO.contacts.helpCenterUserDuplicate, DEMO.contacts.helpCenterUser].sort(),
    ]);
    expect(await requestsTo(MERGE)).toHaveLength(0);
    expect(await h.fake.control.responseValidationErrors()).toEqual([]);
  });

  it('says once that this contact is a help-center user, and every merge button points to it', async () => {
    // Its help centers say so already: nothing more is asked.
    renderOnFake(DEMO.contacts.helpCenterUser);
    const section = await settled('Duplicates', LOADED);
    expect(section.getAllByText('This contact is a help-center user, and Zoho does not merge help-center users.')).toHaveLength(1);
    const merge = within(section.getByRole('listitem')).getByRole('button', { name: /^Merge/, description: /Hank Copy This contact is a help-center user/ });
    expect((merge as HTMLButtonElement).disabled).toBe(true);
    expect(await requestsTo(BY_IDS)).toHaveLength(0);
  });

  it('leaves other merges possible and says nothing about help centers', async () => {
    renderOnFake(SELF);
    const section = await settled('Duplicates', LOADED);
    for (const button of section.getAllByRole('button', { name: /^Merge/ })) expect((button as HTMLButtonElement).disabled).toBe(false);
    expect(section.queryByText(/help-center user/)).toBeNull();
  });

  it('when Zoho cannot say who is a help-center user, still lists and allows the merge, and says plainly why Zoho refused it', async () => {
    await h.fake.control.injectFault({ route: BY_IDS, kind: 403 });
    const { dialog, navigate } = await openMerge(DEMO.contacts.helpCenterUserDuplicate);
    fireEvent.click(dialog.getByRole('checkbox', { name: /cannot be undone/ }));
    fireEvent.click(dialog.getByRole('button', { name: 'Merge' }));
    const alert = await dialog.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(/help-center users cannot be merged/);
    expect(alert.textContent).toMatch(/UNPROCESSABLE_ENTITY/);
    expect(navigate).not.toHaveBeenCalled();
    expect(dialog.getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(await requestsTo(MERGE)).toHaveLength(1);
    expect(await requestsTo(BY_IDS)).toHaveLength(1);
  });
});
