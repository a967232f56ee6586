// @vitest-environment node
// An account's contacts and the bulk invite, as the account page uses them: paging by Desk's rules, the
// per-contact answer of inviteAsEndUser, and what it changes.
import { describe, expect, it } from 'vitest';
import { DEMO } from '../worlds';
import { ONBOARDING_SIZE, onboardingCase, onboardingContactId } from '../worlds/accounts';
import { deskClient } from './desk-client';

const onboarding = `/api/v1/accounts/${DEMO.accounts.onboarding}/contacts`;
type Item = { id: string; email: string | null; isEndUser: boolean; accountId: string };

describe("an account's contacts", () => {
  it('pages 0-based at most 100: 100, 100, 50, then 204', () => {
    const desk = deskClient();
    const pages = [0, 100, 200].map((from) => desk.get(`${onboarding}?from=${from}&limit=100`).json.data as Item[]);
    expect(pages.map((items) => items.length)).toEqual([100, 100, 50]);
    const ids = pages.flat().map((item) => item.id);
    expect(new Set(ids).size).toBe(ONBOARDING_SIZE);
    expect(ids[0]).toBe(onboardingContactId(1));
    expect(desk.get(`${onboarding}?from=250&limit=100`).status).toBe(204);
    expect(desk.get(`/api/v1/accounts/${DEMO.accounts.empty}/contacts`).status).toBe(204);
    expect(desk.api.responseValidationErrors()).toEqual([]);
  });

  it('says per contact whether it has an email and is a user of any help center', () => {
    const desk = deskClient();
    const items = [0, 100, 200].flatMap((from) => desk.get(`${onboarding}?from=${from}&limit=100`).json.data as Item[]);
    const byNumber = (n: number) => items.find((item) => item.id === onboardingContactId(n))!;
    expect(byNumber(10).email).toBeNull();
    expect(byNumber(7).isEndUser).toBe(true); // ACTIVE in Main
    expect(byNumber(11).isEndUser).toBe(true); // ACTIVE in Partners only
    expect(byNumber(1)).toMatchObject({ email: 'person001@initech.example', isEndUser: false, accountId: DEMO.accounts.onboarding });
  });

  it('refuses what Desk refuses: limit over 100, an unknown parameter, an unknown account, no orgId', () => {
    const desk = deskClient();
    expect(desk.get(`${onboarding}?from=0&limit=101`).status).toBe(422);
    expect(desk.get(`${onboarding}?page=2`).status).toBe(422);
    expect(desk.get('/api/v1/accounts/1892000000799999/contacts').status).toBe(404);
    expect(desk.get(onboarding, { orgId: null }).status).toBe(422);
    expect(desk.get('/api/v1/accounts/abc/contacts').status).toBe(422);
  });

  it("names the contact's account with include=accounts, and only then", () => {
    const desk = deskClient();
    const url = `/api/v1/contacts/${onboardingContactId(5)}`;
    expect(desk.get(`${url}?include=accounts`).json.account).toEqual({
      id: DEMO.accounts.onboarding,
      accountName: 'Initech Industries',
      website: 'https://initech.example',
    });
    expect(desk.get(url).json).not.toHaveProperty('account');
    expect(desk.get(`/api/v1/contacts/${DEMO.contacts.pending}?include=accounts`).json.account).toBeNull();
  });
});

describe('bulk invite', () => {
  const invite = (desk: ReturnType<typeof deskClient>, helpCenterId: string, numbers: number[]) =>
    desk.post('/api/v1/contacts/inviteAsEndUser', { helpCenterId, contactIds: numbers.map(onboardingContactId) });

  it('answers each id: invited, already a user, no email, blocked address; only the invited change', () => {
    const desk = deskClient();
    // 1 plain, 7 ACTIVE in Main, 10 no email, 11 in Partners only, 25 INVITED in Main (re-invite), 123 blocked.
    const response = invite(desk, DEMO.helpCenters.main, [1, 7, 10, 11, 25, 123]);
    expect(response.status).toBe(200);
    const results = response.json.results as Array<{ id: string; success: boolean; errors: { errorMessage: string } | null }>;
    expect(results.map((item) => item.id)).toEqual([1, 7, 10, 11, 25, 123].map(onboardingContactId));
    expect(results.map((item) => item.success)).toEqual([true, false, false, true, true, false]);
    expect(results[1]!.errors!.errorMessage).toMatch(/already a user/);
    expect(results[2]!.errors!.errorMessage).toMatch(/no email/);
    expect(results[5]!.errors!.errorMessage).toMatch(/blocked/);
    expect(desk.api.responseValidationErrors()).toEqual([]);

    const statusIn = (n: number) =>
      (desk.get(`/api/v1/contacts/${onboardingContactId(n)}/helpCenters`).json.data as Array<{ helpCenter: { id: string }; userStatus: string }>)
        .filter((item) => item.helpCenter.id === DEMO.helpCenters.main)
        .map((item) => item.userStatus);
    expect([1, 7, 10, 11, 25, 123].map(statusIn)).toEqual([['INVITED'], ['ACTIVE'], [], ['INVITED'], ['INVITED'], []]);
    expect(onboardingCase.refused(123)).toBe(true);
  });

  it('refuses a body the spec refuses, before touching anything', () => {
    const desk = deskClient();
    const before = JSON.stringify(desk.api.snapshot());
    expect(desk.post('/api/v1/contacts/inviteAsEndUser', { contactIds: [onboardingContactId(1)] }).status).toBe(422);
    expect(desk.post('/api/v1/contacts/inviteAsEndUser', { helpCenterId: DEMO.helpCenters.main, contactIds: ['abc'] }).status).toBe(422);
    expect(desk.post('/api/v1/contacts/inviteAsEndUser', { helpCenterId: DEMO.helpCenters.main, contactIds: [], extra: 1 }).status).toBe(422);
    expect(JSON.stringify(desk.api.snapshot())).toBe(before);
  });
});
