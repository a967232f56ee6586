// @vitest-environment happy-dom
// The account page's bulk actions while they wait for Zoho, against the real fake Zoho: a slow read or batch says
// it is still waiting, a preview read that never answers ends in an alert with Retry.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import type { CallBackground } from '@/lib/messages/call';
import { parseAccountPage } from '@/lib/page/desk-pages';
import { BULK_INVITE, UPDATE_USER } from '@/tests/support/desk-routes';
import { LOADED } from '@/tests/support/panel-on-fake';
import '@/tests/support/render-panel';
import { deskTab, useHarness } from '@/tests/support/zoho-harness';
import { AccountPanel } from './AccountPanel';

const h = useHarness();
const USERS = 'GET /api/v1/users';
const PREVIEW = /active users will be deactivated in/;
const url = DEMO.accountUrl('desk.zoho.com', DEMO.accounts.offboarding);
const inFlight = new Set<Promise<unknown>>();
const controller = { current: new AbortController() };

beforeEach(() => h.connect());
// Calls still on their way end within the test, so that none of them lands in the next test's fake.
afterEach(async () => {
  controller.current.abort();
  await h.fake.control.setLatency({ route: BULK_INVITE, ms: 0 });
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}, LOADED);

/** The account panel on the offboarding account, its calls crossing the router and background to the fake. */
async function openAccount(picker = 'Help center to deactivate in') {
  controller.current = new AbortController();
  const api: CallBackground = (kind, payload, signal, onPart) => {
    const reply = h.call(kind, payload, deskTab(url), onPart && ((part) => signal?.aborted || onPart(part)));
    inFlight.add(reply);
    void reply.finally(() => inFlight.delete(reply)).catch(() => undefined);
    return reply;
  };
  render(<AccountPanel page={parseAccountPage(url)!} api={api} navigate={vi.fn()} signal={controller.current.signal} />);
  const select = (await screen.findByRole('combobox', { name: picker }, { timeout: LOADED })) as HTMLSelectElement;
  await waitFor(() => expect(select.disabled).toBe(false), { timeout: LOADED });
  fireEvent.change(select, { target: { value: DEMO.helpCenters.main } });
}

const statusText = () => screen.queryAllByRole('status').map((status) => status.textContent).join(' ');
const requestsTo = async (route: string) => (await h.fake.control.log()).filter((entry) => entry.route === route);

describe('Deactivate all: the preview', () => {
  it('says it is still waiting for Zoho while its read is slow, then shows the preview', async () => {
    await openAccount();
    await h.fake.control.setLatency({ route: USERS, ms: 4_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Deactivate all…' }));
    // Whichever the agent sees first: the read is slow enough that it must be the waiting.
    await waitFor(() => expect(statusText().includes('Still waiting') || !!screen.queryByText(PREVIEW)).toBe(true), { timeout: LOADED });
    expect(statusText()).toContain('Still waiting');
    expect(screen.queryByText(PREVIEW)).toBeNull();
    // Only the read under way was slow: the pages after it answer at once.
    await h.fake.control.setLatency({ route: USERS, ms: 0 });
    await screen.findByText(PREVIEW, undefined, { timeout: LOADED });
    expect(statusText()).not.toContain('Still waiting');
    expect((await requestsTo(USERS)).length).toBeGreaterThan(0);
    expect(await requestsTo(UPDATE_USER)).toEqual([]);
  }, 30_000);

  it('ends a read that never answers in an alert whose Retry previews again', async () => {
    h.restart({ timeoutMs: 1_000 });
    await openAccount();
    await h.fake.control.injectFault({ route: USERS, kind: 'hang' });
    fireEvent.click(screen.getByRole('button', { name: 'Deactivate all…' }));
    await screen.findByRole('alert', undefined, { timeout: LOADED });
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText(PREVIEW, undefined, { timeout: LOADED });
    expect(screen.queryByRole('alert')).toBeNull();
  }, 30_000);
});

describe('Invite all: the sending', () => {
  it('says it is still waiting for Zoho while a batch is slow, then reports every answer', async () => {
    await openAccount('Help center to invite to');
    fireEvent.click(screen.getByRole('button', { name: 'Invite all…' }));
    await h.fake.control.setLatency({ route: BULK_INVITE, ms: 4_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Send invitations' }));
    // Whichever comes first: the waiting, or every batch answered.
    await waitFor(() => expect(statusText().includes('Still waiting') || !statusText().includes('Sending invitations')).toBe(true), { timeout: LOADED });
    expect(statusText()).toContain('Still waiting');
    expect(statusText()).toContain('Sending invitations');
    await h.fake.control.setLatency({ route: BULK_INVITE, ms: 0 });
    await waitFor(() => expect(statusText()).not.toContain('Sending invitations'), { timeout: LOADED });
    expect(statusText()).not.toContain('Still waiting');
    expect((await requestsTo(BULK_INVITE)).length).toBeGreaterThan(0);
  }, 30_000);
});
