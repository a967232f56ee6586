// @vitest-environment happy-dom
// The Labels section against the real fake Zoho: what the agent sees, and what the fake received.
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import { LOADED, usePanelOnFake } from '@/tests/support/panel-on-fake';
import { settled } from '@/tests/support/render-panel';
import { ASSIGN, LABELS, REMOVE_LABELS, USER_LABELS } from '@/tests/support/desk-routes';

const { h, renderOnFake, requestsTo } = usePanelOnFake();

const options = (select: HTMLElement) => [...(select as HTMLSelectElement).options].map((o) => o.textContent);
const choose = (section: Awaited<ReturnType<typeof settled>>, picker: string, value: string) =>
  fireEvent.change(section.getByRole('combobox', { name: picker }), { target: { value } });

/** The active contact: one help-center user (in Main), labelled as the default world says. */
function world() {
  const org = h.fake.world.orgs.find((candidate) => candidate.id === DEMO.orgId)!;
  const userId = DEMO.userIdOf(DEMO.contacts.active, DEMO.helpCenters.main);
  const held = org.userLabels.filter((ul) => ul.userId === userId).map((ul) => org.labels.find((l) => l.id === ul.labelId)!);
  const offered = org.labels.filter((l) => l.helpCenterId === DEMO.helpCenters.main && !held.includes(l));
  return { userId, held, offered };
}

async function labelsOf() {
  renderOnFake(DEMO.contacts.active);
  return settled('Labels', LOADED);
}

describe('Labels on the fake Zoho', () => {
  it('lists the user’s labels and adds one from the help center’s catalogue', async () => {
    const { userId, held, offered } = world();
    const section = await labelsOf();
    expect(section.getAllByRole('listitem').map((li) => li.textContent)).toEqual(held.map((l) => expect.stringContaining(l.name)));
    const select = section.getByRole('combobox', { name: 'Label to add' });
    expect(options(select)).toEqual(['Choose a label…', ...offered.map((l) => l.name)]);
    const catalogue = await requestsTo(LABELS);
    expect(catalogue.map((entry) => new URLSearchParams(entry.query).get('helpCenterId'))).toContain(DEMO.helpCenters.main);
    expect((section.getByRole('button', { name: 'Add label' }) as HTMLButtonElement).disabled).toBe(true);
    choose(section, 'Label to add', offered[0]!.id);
    fireEvent.click(section.getByRole('button', { name: 'Add label' }));
    await waitFor(() => expect(section.getAllByRole('listitem')).toHaveLength(held.length + 1), { timeout: LOADED });
    expect(section.getByText(offered[0]!.name)).toBeTruthy();
    const assigned = await requestsTo(ASSIGN);
    expect(assigned.map((entry) => entry.path)).toEqual([`/api/v1/users/${userId}/labels/assign`]);
    expect(JSON.parse(assigned[0]!.body).labels.map((l: { id: string }) => String(l.id))).toEqual([offered[0]!.id]);
    expect(await h.fake.control.responseValidationErrors()).toEqual([]);
  });

  it('removes a label', async () => {
    const { userId, held } = world();
    const section = await labelsOf();
    const first = held[0]!;
    fireEvent.click(section.getByRole('button', { name: `Remove ${first.name}` }));
    await waitFor(() => expect(section.queryByRole('button', { name: `Remove ${first.name}` })).toBeNull(), { timeout: LOADED });
    const removed = await requestsTo(REMOVE_LABELS);
    expect(removed.map((entry) => entry.path)).toEqual([`/api/v1/users/${userId}/labels/remove`]);
    expect(JSON.parse(removed[0]!.body).labelIds.map(String)).toEqual([first.id]);
    if (held.length === 1) expect(section.getByText('No labels yet.')).toBeTruthy();
  });

  it('keeps the label and offers Retry when removing fails', async () => {
    const { held } = world();
    const section = await labelsOf();
    const name = held[0]!.name;
    await h.fake.control.injectFault({ route: REMOVE_LABELS, kind: 403, errorCode: 'FORBIDDEN' });
    const remove = section.getByRole('button', { name: `Remove ${name}` });
    fireEvent.click(remove);
    fireEvent.click(remove);
    const alert = await section.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(new RegExp(`Remove ${name} failed`));
    expect(alert.textContent).toMatch(/role lacks the permission/);
    expect(section.getByText(name)).toBeTruthy();
    expect(await requestsTo(REMOVE_LABELS)).toHaveLength(1);
    fireEvent.click(section.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(section.queryByRole('button', { name: `Remove ${name}` })).toBeNull(), { timeout: LOADED });
    expect(await requestsTo(REMOVE_LABELS)).toHaveLength(2);
  });

  it('a removal whose answer got lost but which Zoho did: the label is gone, with no failure', async () => {
    const { held } = world();
    // A background that gives up on the lost answer soon, then reads back what Zoho holds.
    h.restart({ timeoutMs: 1_000 });
    const section = await labelsOf();
    const name = held[0]!.name;
    await h.fake.control.injectFault({ route: REMOVE_LABELS, kind: 'lost-answer' });
    fireEvent.click(section.getByRole('button', { name: `Remove ${name}` }));
    await waitFor(() => expect(section.queryByRole('button', { name: `Remove ${name}` })).toBeNull(), { timeout: LOADED });
    expect(section.queryByRole('alert')).toBeNull();
    expect(await requestsTo(REMOVE_LABELS)).toHaveLength(1);
  });

  it('a removal whose answer was lost and whose read-back failed: Retry reads first and shows the label gone', async () => {
    const { held } = world();
    h.restart({ timeoutMs: 1_000 });
    const section = await labelsOf();
    const name = held[0]!.name;
    await h.fake.control.injectFault({ route: REMOVE_LABELS, kind: 'lost-answer' });
    // Every attempt of the read-back fails (the background tries a read four times).
    await h.fake.control.injectFault({ route: USER_LABELS, kind: 500, count: 4 });
    fireEvent.click(section.getByRole('button', { name: `Remove ${name}` }));
    const alert = await section.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toContain(`Remove ${name} failed.`);
    await h.fake.control.clearLog();
    fireEvent.click(section.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(section.queryByRole('button', { name: `Remove ${name}` })).toBeNull(), { timeout: LOADED });
    expect(section.queryByRole('alert')).toBeNull();
    expect((await h.fake.control.log()).map((entry) => entry.route)).toEqual([USER_LABELS]);
  });
});

describe('Labels when Zoho refuses one item', () => {
  it('treats success:false as a failure: a label deleted in Desk since the catalogue loaded', async () => {
    const { held, offered } = world();
    const section = await labelsOf();
    // Another agent deletes the label in Desk while this panel still offers it.
    const org = h.fake.world.orgs.find((candidate) => candidate.id === DEMO.orgId)!;
    org.labels = org.labels.filter((label) => label.id !== offered[0]!.id);
    choose(section, 'Label to add', offered[0]!.id);
    fireEvent.click(section.getByRole('button', { name: 'Add label' }));
    const alert = await section.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(/The label does not exist/);
    expect(alert.textContent).toMatch(/INVALID_DATA/);
    expect(section.getAllByRole('listitem')).toHaveLength(held.length);
    expect(await requestsTo(ASSIGN)).toHaveLength(1);
  });
});
