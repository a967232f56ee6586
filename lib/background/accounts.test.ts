// @vitest-environment node
// The account page's calls against the fake Zoho: what the fake received, and what the panel is answered.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import { onboardingContactId } from '@/fake-zoho/worlds/accounts';
import type { OrgRef } from '../messages/protocol';
import { deskTab, useHarness } from '@/tests/support/zoho-harness';

const h = useHarness();
const acme: OrgRef = { dataCenter: 'us', portal: 'acme' };
const accountId = DEMO.accounts.onboarding;
const desk = (route: string) => h.fake.control.log().then((entries) => entries.filter((entry) => entry.route === route));

describe('account.contacts', () => {
  beforeEach(() => h.connect());

  it('reads one page of 100 from `from` and says where the next starts; the last page says none', async () => {
    await h.fake.control.clearLog();
    const first = await h.call('account.contacts', { org: acme, accountId, from: 0 }, deskTab());
    const last = await h.call('account.contacts', { org: acme, accountId, from: 200 }, deskTab());
    expect(first).toMatchObject({ ok: true, data: { next: 100 } });
    expect(last).toMatchObject({ ok: true, data: { next: null } });
    if (!first.ok || !last.ok) return;
    expect(first.data.contacts).toHaveLength(100);
    expect(last.data.contacts).toHaveLength(50);
    expect(first.data.contacts[9]).toEqual({ id: onboardingContactId(10), firstName: 'Ada', lastName: 'Initech 010', email: null, isEndUser: false });
    expect(first.data.contacts[6]!.isEndUser).toBe(true);
    const queries = (await desk('GET /api/v1/accounts/{accountId}/contacts')).map((entry) => entry.query);
    expect(queries).toEqual(['from=0&limit=100', 'from=200&limit=100']);
  });

  it('an account without contacts (Desk answers 204) is an empty last page', async () => {
    const reply = await h.call('account.contacts', { org: acme, accountId: DEMO.accounts.empty, from: 0 }, deskTab());
    expect(reply).toEqual({ ok: true, data: { contacts: [], next: null } });
  });
});

describe('account.invite', () => {
  beforeEach(() => h.connect());

  it('sends one bulk call with the batch and answers per contact; the contact’s cached help centers are dropped', async () => {
    const contactId = onboardingContactId(1);
    const before = await h.call('contact.helpCenters', { org: acme, contactId }, deskTab());
    expect(before).toEqual({ ok: true, data: [] });
    await h.fake.control.clearLog();
    const reply = await h.call(
      'account.invite',
      { org: acme, helpCenterId: DEMO.helpCenters.main, contactIds: [contactId, onboardingContactId(7), onboardingContactId(123)] },
      deskTab(),
    );
    expect(reply.ok && reply.data.map((item) => [item.success, item.message])).toEqual([
      [true, null],
      [false, expect.stringMatching(/already a user/)],
      [false, expect.stringMatching(/blocked/)],
    ]);
    const calls = await desk('POST /api/v1/contacts/inviteAsEndUser');
    expect(calls.map((entry) => JSON.parse(entry.body))).toEqual([
      { helpCenterId: DEMO.helpCenters.main, contactIds: [contactId, onboardingContactId(7), onboardingContactId(123)] },
    ]);
    const after = await h.call('contact.helpCenters', { org: acme, contactId }, deskTab());
    expect(after.ok && after.data.map((m) => m.userStatus)).toEqual(['INVITED']);
  });

  it('refuses more than 50 contacts in one call before anything reaches Zoho', async () => {
    await h.fake.control.clearLog();
    const contactIds = Array.from({ length: 51 }, (_, i) => onboardingContactId(i + 1));
    const reply = await h.call('account.invite', { org: acme, helpCenterId: DEMO.helpCenters.main, contactIds }, deskTab());
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-message' } });
    expect(await desk('POST /api/v1/contacts/inviteAsEndUser')).toEqual([]);
  });
});
