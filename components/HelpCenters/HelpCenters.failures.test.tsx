// @vitest-environment happy-dom
// The Help centers section against the real fake Zoho when a write fails on its way: Zoho refusing it, its
// answer lost (between Zoho and the background, or between the background and the page), a failure inside Desk
// Companion; what the row then says, what Retry does, and what the fake received and holds.
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import type { CallBackground } from '@/lib/messages/call';
import { makeError, type ApiError } from '@/lib/messages/errors';
import { helpCenterIdsIn, useHelpCentersOnFake } from '@/tests/support/help-centers-on-fake';
import { LOADED } from '@/tests/support/panel-on-fake';
import { APPROVE, MEMBERSHIPS, REJECT } from '@/tests/support/desk-routes';

const { h, requestsTo, acme, nameOf, statusIn, deskCalls, sectionOf, rowIn, pendingRow } = useHelpCentersOnFake();

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

/**
 * A restarted background that gives up on Zoho after a second, so that a lost answer ends within the test. Restarted
 * once the panel has loaded: on a loaded machine the panel's own first reads can take that long, and would fail.
 */
const impatientBackground = () => h.restart({ timeoutMs: 1_000 });

describe('Help centers on the fake Zoho: failures on a write’s way', () => {
  it('says the role lacks the permission when Zoho refuses, keeps the row pending with a Retry, and Retry approves', async () => {
    const { name, row, approve, retry, active } = await pendingRow();
    await h.fake.control.injectFault({ route: APPROVE, kind: 403, errorCode: 'FORBIDDEN' });
    approve();
    const alert = await row.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(new RegExp(`Approve in ${name} failed`));
    expect(alert.textContent).toMatch(/role lacks the permission/);
    expect(alert.textContent).toMatch(/FORBIDDEN/);
    expect(row.getByText('Pending approval')).toBeTruthy();
    expect(statusIn(DEMO.contacts.pending, DEMO.helpCenters.pendingIn)).toBe('PENDING');
    retry();
    await active();
    expect(row.queryByRole('alert')).toBeNull();
    const approvals = await requestsTo(APPROVE);
    expect(approvals).toHaveLength(2);
    expect(helpCenterIdsIn(approvals[1]!.body)).toEqual([DEMO.helpCenters.pendingIn]);
    expect(statusIn(DEMO.contacts.pending, DEMO.helpCenters.pendingIn)).toBe('ACTIVE');
  });

  it('says the role lacks the permission when a reject is forbidden', async () => {
    const { row, name } = await rowIn(DEMO.contacts.pending, DEMO.helpCenters.main);
    await h.fake.control.injectFault({ route: REJECT, kind: 403, errorCode: 'FORBIDDEN' });
    fireEvent.click(row.getByRole('button', { name: `Reject in ${name}` }));
    const alert = await row.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(/role lacks the permission/);
    expect(alert.textContent).toMatch(/FORBIDDEN/);
    expect(row.getByText('Pending approval')).toBeTruthy();
    expect(row.getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(await requestsTo(REJECT)).toHaveLength(1);
    expect(statusIn(DEMO.contacts.pending, DEMO.helpCenters.main)).toBe('PENDING');
  });

  it('one help center refused inside an approve of two: the refusal on that row only, the other approved', async () => {
    const contactId = DEMO.contacts.pendingTwice;
    const { section, rowOf } = await sectionOf(contactId);
    // Another agent dealt with the sign-up in Partners from Desk meanwhile: Zoho refuses that item only.
    acme().memberships = acme().memberships.filter((m) => !(m.contactId === contactId && m.helpCenterId === DEMO.helpCenters.partners));
    fireEvent.click(section.getByRole('button', { name: 'Approve all pending' }));
    const alert = await section.findByRole('alert', {}, { timeout: LOADED });
    const main = rowOf(DEMO.helpCenters.main);
    expect(alert.textContent).toMatch(new RegExp(`^Approve in ${nameOf(DEMO.helpCenters.partners)} failed\\.`));
    expect(alert.textContent).toMatch(/has not signed up for this help center/);
    expect(section.getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(main.getByText('Active')).toBeTruthy();
    expect(main.queryByRole('alert')).toBeNull();
    expect(section.getAllByRole('alert')).toHaveLength(1);
    expect(statusIn(contactId, DEMO.helpCenters.main)).toBe('ACTIVE');
    // The refusal said the panel's Partners row was out of date: one read, and the list shows what Zoho holds
    // (no Partners row; Partners is offered for an invite), the refusal still said beside it.
    const partnersRows = () => section.getAllByRole('listitem').filter((li) => li.textContent?.includes(nameOf(DEMO.helpCenters.partners)));
    await waitFor(() => expect(partnersRows()).toHaveLength(0), { timeout: LOADED });
    const select = section.getByRole('combobox', { name: 'Invite to help center' }) as HTMLSelectElement;
    expect([...select.options].some((option) => option.value === DEMO.helpCenters.partners)).toBe(true);
    expect(await deskCalls()).toEqual([APPROVE, MEMBERSHIPS]);
  });

  // The answer to a write can be lost (a dropped connection, a stopped service worker): the panel cannot know
  // whether Zoho did it, so it reads the state back instead of guessing.
  it('a write whose answer got lost but which Zoho did: the row shows the new status and no failure', async () => {
    const { row, approve, active, answered } = await pendingRow();
    impatientBackground();
    await h.fake.control.injectFault({ route: APPROVE, kind: 'lost-answer' });
    approve();
    await active();
    await answered();
    expect(await requestsTo(APPROVE)).toHaveLength(1);
    expect(statusIn(DEMO.contacts.pending, DEMO.helpCenters.pendingIn)).toBe('ACTIVE');
    expect(row.queryByRole('alert')).toBeNull();
  });

  it('a lost answer whose read-back failed too: says so, and Retry reads Zoho first (which did it) and sends nothing', async () => {
    const { name, row, approve, retry, active, answered } = await pendingRow();
    impatientBackground();
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
    await answered();
    expect(await deskCalls()).toEqual([MEMBERSHIPS]);
    expect(row.queryByRole('alert')).toBeNull();
  });

  it('a lost answer whose read-back failed, Zoho not having done it: Retry reads, then sends it once', async () => {
    const { row, approve, retry, active, answered } = await pendingRow();
    impatientBackground();
    await h.fake.control.injectFault({ route: APPROVE, kind: 'hang' });
    await h.fake.control.injectFault({ route: MEMBERSHIPS, kind: 500, count: 4 });
    approve();
    await row.findByRole('alert', {}, { timeout: LOADED });
    await h.fake.control.clearLog();
    retry();
    await active();
    await answered();
    expect(await deskCalls()).toEqual([MEMBERSHIPS, APPROVE]);
    expect(row.queryByRole('alert')).toBeNull();
    expect(statusIn(DEMO.contacts.pending, DEMO.helpCenters.pendingIn)).toBe('ACTIVE');
  });

  it('an answer the browser dropped on its way to the panel: the background checks once, the row shows what Zoho did', async () => {
    // Zoho approves; the page never gets the background's answer (the browser stopped the service worker).
    const dropped = makeError('answer-lost', 'The browser restarted Desk Companion before Zoho answered.');
    const { row, approve, active, answered } = await pendingRow({ around: firstApprove(dropped, true) });
    approve();
    await active();
    await answered();
    expect(await deskCalls()).toEqual([APPROVE, MEMBERSHIPS]);
    expect(statusIn(DEMO.contacts.pending, DEMO.helpCenters.pendingIn)).toBe('ACTIVE');
    expect(row.queryByRole('alert')).toBeNull();
  });

  it('a failure inside Desk Companion is a plain error, not "maybe done": Retry sends the write, reading nothing first', async () => {
    const noBackground = makeError('internal', 'Desk Companion’s background is not running. Reload the page.');
    const { row, approve, retry, active, answered } = await pendingRow({ around: firstApprove(noBackground, false) });
    approve();
    const alert = await row.findByRole('alert', {}, { timeout: LOADED });
    expect(alert.textContent).toMatch(/Something went wrong inside Desk Companion/);
    await answered();
    expect(await deskCalls()).toEqual([]);
    expect(statusIn(DEMO.contacts.pending, DEMO.helpCenters.pendingIn)).toBe('PENDING');
    retry();
    await active();
    await answered();
    expect(await deskCalls()).toEqual([APPROVE]);
  });
});
