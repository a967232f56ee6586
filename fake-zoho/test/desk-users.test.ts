// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO } from '../worlds';
import { offboardingCase, offboardingContactId, REFUSED_REASON } from '../worlds/offboarding';
import { deskClient } from './desk-client';

// GET /api/v1/users (a help center's users, paged from 1 by 50, include=count), and the offboarding account's
// deactivation cases.

const main = DEMO.helpCenters.main;

describe('GET /api/v1/users', () => {
  it('lists a help center’s signed-up users a page at a time, with the total on include=count, valid against the spec', () => {
    const desk = deskClient();
    const world = desk.api.world().orgs.find((org) => org.id === DEMO.orgId)!;
    const expected = new Set(world.memberships.filter((m) => m.helpCenterId === main && ['ACTIVE', 'DISABLED'].includes(m.userStatus)).map((m) => m.userId));
    const first = desk.get(`/api/v1/users?helpCenterId=${main}&from=1&limit=50&include=count`);
    expect(first.status).toBe(200);
    expect(first.json.count).toBe(expected.size);
    expect(first.json.data).toHaveLength(Math.min(50, expected.size));

    const ids: string[] = [];
    for (let from = 1; ; from += 50) {
      const page = desk.get(`/api/v1/users?helpCenterId=${main}&from=${from}&limit=50`).json as { data: Array<{ id: string; status: string }>; count?: number };
      expect(page.count).toBeUndefined();
      expect(page.data.every((user) => ['ACTIVE', 'DISABLED'].includes(user.status))).toBe(true);
      ids.push(...page.data.map((user) => user.id));
      if (page.data.length < 50) break;
    }
    expect(new Set(ids)).toEqual(expected);
    expect(desk.api.responseValidationErrors()).toEqual([]);
  });

  it('refuses what the spec does not declare and a help center that does not exist', () => {
    const desk = deskClient();
    expect(desk.get(`/api/v1/users?helpCenterId=${main}&contactId=1`).status).toBe(422);
    expect(desk.get('/api/v1/users?helpCenterId=1&limit=51').status).toBe(422);
    expect(desk.get('/api/v1/users?helpCenterId=42').status).toBe(422);
  });
});

describe('the offboarding account', () => {
  it('has a user Zoho refuses to deactivate, with its reason, and shared users who keep their other help center', () => {
    const desk = deskClient();
    const world = () => desk.api.world().orgs.find((org) => org.id === DEMO.orgId)!;
    const usersOf = (n: number) => world().memberships.filter((m) => m.contactId === offboardingContactId(n));
    const patch = (userId: string) => desk.patch(`/api/v1/users/${userId}?helpCenterId=${main}`, { status: 'DISABLED' });

    expect(offboardingCase.refused(77)).toBe(true);
    const refused = patch(usersOf(77).find((m) => m.helpCenterId === main)!.userId);
    expect([refused.status, refused.json.message]).toEqual([422, REFUSED_REASON]);

    const [inMain, inPartners] = usersOf(1);
    expect([inMain!.helpCenterId, inPartners!.helpCenterId]).toEqual([main, DEMO.helpCenters.partners]);
    expect(inMain!.userId).toBe(inPartners!.userId);
    expect(patch(inMain!.userId).status).toBe(200);
    expect(usersOf(1).map((m) => m.userStatus)).toEqual(['DISABLED', 'ACTIVE']);
  });
});
