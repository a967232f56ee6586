// @vitest-environment happy-dom
// The help-center rows against the real fake Zoho (its Desk API and state, validated against Zoho's spec): what
// the agent sees after each action, and what the fake received.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import type { CallBackground } from '@/lib/messages/call';
import { makeError, type ApiError } from '@/lib/messages/errors';
import { LOADED, usePanelOnFake } from '@/tests/support/panel-on-fake';
import { settled } from '@/tests/support/render-panel';
import { APPROVE, MEMBERSHIPS } from '@/tests/support/desk-routes';

const { h, renderOnFake, requestsTo } = usePanelOnFake();
const acme = () => h.fake.world.orgs.find((org) => org.id === DEMO.orgId)!;
const statusIn = (contactId: string, helpCenterId: string) =>
  acme().memberships.find((m) => m.contactId === contactId && m.helpCenterId === helpCenterId)?.userStatus;
/** The Desk calls since the log was last cleared, org discovery left out. */
const deskCalls = async () =>
  (await h.fake.control.log()).filter((entry) => entry.path.startsWith('/api/') && entry.path !== '/api/v1/organizations').map((entry) => entry.route);

/**
 * The panel's first approve fails on its way between page and background with `error`: after reaching the
 * background and Zoho (`delivered`: an answer dropped on the way back) or before (nothing was sent).
 */
const firstApprove = (error: ApiError, delivered: boolean) => (api: CallBackground): CallBackground => {
  let first = true;
  return async (kind, payload, signal, onPart) => {
    if (kind !== 'helpCenters.approve' || !first) return api(kind, payload, signal, onPart);
    first = false;
    if (delivered) await api(kind, payload, signal);
    return { ok: false, error };
  };
};

/** Once every section has loaded (so the fake's log holds only what a write caused after it), one row. */
async function rowOf(name: string) {
  for (const other of ['Badges', 'Labels', 'Groups', 'Duplicates']) await settled(other, LOADED);
  const section = await settled('Help centers', LOADED);
  const item = section.getAllByRole('listitem').find((li) => li.textContent?.includes(name));
  if (!item) throw new Error(`no row for ${name}`);
  return within(item);
}

const helpCenterName = (id: string) => h.fake.world.orgs.flatMap((org) => org.helpCenters).find((hc) => hc.id === id)!.name;

/** The pending contact's panel, once loaded: its pending row, and what the agent does and waits for there. */
async function pendingRow(options: Parameters<typeof renderOnFake>[1] = {}) {
  renderOnFake(DEMO.contacts.pending, options);
  const name = helpCenterName(DEMO.helpCenters.pendingIn);
  const row = await rowOf(name);
  return {
    name,
    row,
    approve: () => fireEvent.click(row.getByRole('button', { name: `Approve in ${name}` })),
    retry: () => fireEvent.click(row.getByRole('button', { name: 'Retry' })),
    active: () => waitFor(() => expect(row.getByText('Active')).toBeTruthy(), { timeout: LOADED }),
  };
}


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

  it('one help center refused inside an approve of two: the refusal on that row only, the other approved', async () => {
    const contactId = DEMO.contacts.pendingTwice;
    renderOnFake(contactId);
    await rowOf(helpCenterName(DEMO.helpCenters.main));
    const section = await settled('Help centers', LOADED);
    // Another agent dealt with the sign-up in Partners from Desk meanwhile: Zoho refuses that item only.
    acme().memberships = acme().memberships.filter((m) => !(m.contactId === contactId && m.helpCenterId === DEMO.helpCenters.partners));
    await h.fake.control.clearLog();
    fireEvent.click(section.getByRole('button', { name: 'Approve all pending' }));
    const main = await rowOf(helpCenterName(DEMO.helpCenters.main));
    const alert = await section.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(new RegExp(`^Approve in ${helpCenterName(DEMO.helpCenters.partners)} failed\\.`));
    expect(alert.textContent).toMatch(/has not signed up for this help center/);
    expect(section.getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(main.getByText('Active')).toBeTruthy();
    expect(main.queryByRole('alert')).toBeNull();
    expect(section.getAllByRole('alert')).toHaveLength(1);
    expect(statusIn(contactId, DEMO.helpCenters.main)).toBe('ACTIVE');
    // The refusal said the panel's Partners row was out of date: one read, and the list shows what Zoho holds
    // (no Partners row; Partners is offered for an invite), the refusal still said beside it.
    const partnersRows = () => section.getAllByRole('listitem').filter((li) => li.textContent?.includes(helpCenterName(DEMO.helpCenters.partners)));
    await waitFor(() => expect(partnersRows()).toHaveLength(0), { timeout: LOADED });
    const select = section.getByRole('combobox', { name: 'Invite to help center' }) as HTMLSelectElement;
    expect([...select.options].some((option) => option.value === DEMO.helpCenters.partners)).toBe(true);
    expect(await deskCalls()).toEqual([APPROVE, MEMBERSHIPS]);
  });

  it('a lost answer whose read-back failed too: says so, and Retry reads Zoho first (which did it) and sends nothing', async () => {
    h.restart({ timeoutMs: 1_000 });
    const { name, row, approve, retry, active } = await pendingRow();
    await h.fake.control.injectFault({ route: APPROVE, kind: 'lost-answer' });
    // Every attempt of the read-back fails (the background tries a read four times).
    await h.fake.control.injectFault({ route: MEMBERSHIPS, kind: 500, count: 4 });
    approve();
    const alert = await row.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(new RegExp(`^Approve in ${name} failed\\. Zoho took too long to answer`));
    expect(row.getByText('Pending approval')).toBeTruthy();
    expect(statusIn(DEMO.contacts.pending, DEMO.helpCenters.pendingIn)).toBe('ACTIVE');
    await h.fake.control.clearLog();
    retry();
    await active();
    expect(row.queryByRole('alert')).toBeNull();
    expect(await deskCalls()).toEqual([MEMBERSHIPS]);
  });

  it('a lost answer whose read-back failed, Zoho not having done it: Retry reads, then sends it once', async () => {
    h.restart({ timeoutMs: 1_000 });
    const { row, approve, retry, active } = await pendingRow();
    await h.fake.control.injectFault({ route: APPROVE, kind: 'hang' });
    await h.fake.control.injectFault({ route: MEMBERSHIPS, kind: 500, count: 4 });
    approve();
    await row.findByRole('alert', {}, { timeout: LOADED });
    await h.fake.control.clearLog();
    retry();
    await active();
    expect(row.queryByRole('alert')).toBeNull();
    expect(await deskCalls()).toEqual([MEMBERSHIPS, APPROVE]);
  });

  it('an answer the browser dropped on its way to the panel: the background checks once, the row shows what Zoho did', async () => {
    // Zoho approves; the page never gets the background's answer (the browser stopped the service worker).
    const dropped = makeError('answer-lost', 'The browser restarted Desk Companion before Zoho answered.');
    const { row, approve, active } = await pendingRow({ around: firstApprove(dropped, true) });
    await h.fake.control.clearLog();
    approve();
    await active();
    expect(row.queryByRole('alert')).toBeNull();
    expect(await deskCalls()).toEqual([APPROVE, MEMBERSHIPS]);
  });

  it('a failure inside Desk Companion is a plain error, not "maybe done": Retry sends the write, reading nothing first', async () => {
    const noBackground = makeError('internal', 'Desk Companion’s background is not running. Reload the page.');
    const { row, approve, retry, active } = await pendingRow({ around: firstApprove(noBackground, false) });
    await h.fake.control.clearLog();
    approve();
    const alert = await row.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(/Something went wrong inside Desk Companion/);
    expect(await deskCalls()).toEqual([]);
    retry();
    await active();
    expect(await deskCalls()).toEqual([APPROVE]);
  });

  it('renders hostile help-center names as text: markup, direction overrides, very long names', async () => {
    const hostile = ['<script>window.__pwned=1</script>', '\u202Egnp.exe\u202C Portal', `Long ${'Ü'.repeat(240)}`];
    const [first, second, third] = acme().helpCenters;
    for (const [index, center] of [first!, second!, third!].entries()) center.name = hostile[index]!;
    renderOnFake(DEMO.contacts.pending);
    const section = await settled('Help centers', LOADED);
    for (const text of hostile) expect(section.getByText(text)).toBeTruthy();
    const panel = screen.getByRole('complementary');
    expect(panel.querySelector('script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(section.queryAllByRole('alert')).toEqual([]);
  });
});
