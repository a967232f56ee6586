// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO } from '../worlds';
import { offboardingCase, offboardingContactId, REFUSED_REASON } from '../worlds/offboarding';
import { startForTest, type FakeZoho } from './support';

// GET /api/v1/users (a help center's users, paged from 1 by 50, include=count) and the org's concurrency limit.

let fake: FakeZoho;
let f: typeof fetch;
let token: string;

beforeAll(async () => {
  ({ fake, fetch: f } = await startForTest());
});
afterAll(() => fake.close());
beforeEach(async () => {
  await fake.control.reset({ tokens: true });
  token = (await fake.control.issueToken({ agentEmail: 'agent@acme.example' })).accessToken;
});

const desk = (path: string) => f(`https://desk.zoho.com${path}`, { headers: { authorization: `Zoho-oauthtoken ${token}`, orgId: DEMO.orgId } });

describe('GET /api/v1/users', () => {
  it('lists a help center’s signed-up users a page at a time, with the total on include=count, valid against the spec', async () => {
    const main = DEMO.helpCenters.main;
    const first = await desk(`/api/v1/users?helpCenterId=${main}&from=1&limit=50&include=count`);
    expect(first.status).toBe(200);
    const body = (await first.json()) as { data: Array<{ id: string; emailAddress: string | null; status: string }>; count: number };
    const world = fake.world.orgs.find((org) => org.id === DEMO.orgId)!;
    const expected = new Set(world.memberships.filter((m) => m.helpCenterId === main && ['ACTIVE', 'DISABLED'].includes(m.userStatus)).map((m) => m.userId));
    expect(body.count).toBe(expected.size);
    expect(body.data).toHaveLength(Math.min(50, expected.size));
    expect(body.data.every((user) => expected.has(user.id) && ['ACTIVE', 'DISABLED'].includes(user.status))).toBe(true);

    const ids: string[] = [];
    for (let from = 1; ; from += 50) {
      const page = (await (await desk(`/api/v1/users?helpCenterId=${main}&from=${from}&limit=50`)).json()) as { data: Array<{ id: string }>; count?: number };
      expect(page.count).toBeUndefined();
      ids.push(...page.data.map((user) => user.id));
      if (page.data.length < 50) break;
    }
    expect(new Set(ids)).toEqual(expected);
    expect(await fake.control.responseValidationErrors()).toEqual([]);
  });

  it('refuses what the spec does not declare and a help center that does not exist', async () => {
    expect((await desk(`/api/v1/users?helpCenterId=${DEMO.helpCenters.main}&contactId=1`)).status).toBe(422);
    expect((await desk('/api/v1/users?helpCenterId=1&limit=51')).status).toBe(422);
    expect((await desk('/api/v1/users?helpCenterId=42')).status).toBe(422);
  });
});

describe('the org’s concurrency limit', () => {
  it('answers 429 past the limit, while calls are in flight, and nothing once the limit is lifted', async () => {
    await fake.control.setLatency({ route: 'GET /api/v1/helpCenters', ms: 300 });
    await fake.control.setConcurrencyLimit({ orgId: DEMO.orgId, limit: 2 });
    const statuses = await Promise.all([1, 2, 3, 4].map(() => desk('/api/v1/helpCenters?from=1&limit=50').then((r) => r.status)));
    expect(statuses.sort()).toEqual([200, 200, 429, 429]);
    // Slots come back when the answers are sent.
    expect((await desk('/api/v1/helpCenters?from=1&limit=50')).status).toBe(200);
    await fake.control.setConcurrencyLimit({ orgId: DEMO.orgId, limit: null });
    const free = await Promise.all([1, 2, 3, 4].map(() => desk('/api/v1/helpCenters?from=1&limit=50').then((r) => r.status)));
    expect(free).toEqual([200, 200, 200, 200]);
    const log = await fake.control.log();
    expect(log.filter((entry) => entry.fault === 'concurrency')).toHaveLength(2);
  });
});

describe('the offboarding account', () => {
  const patch = (userId: string, status: string) =>
    f(`https://desk.zoho.com/api/v1/users/${userId}?helpCenterId=${DEMO.helpCenters.main}`, {
      method: 'PATCH',
      headers: { authorization: `Zoho-oauthtoken ${token}`, orgId: DEMO.orgId, 'content-type': 'application/json' },
      body: JSON.stringify({ status }),
    });
  const world = () => fake.world.orgs.find((org) => org.id === DEMO.orgId)!;
  const usersOf = (n: number) => world().memberships.filter((m) => m.contactId === offboardingContactId(n));

  it('has a user Zoho refuses to deactivate, with its reason, and shared users who keep their other help center', async () => {
    const refused = usersOf(77).find((m) => m.helpCenterId === DEMO.helpCenters.main)!;
    expect(offboardingCase.refused(77)).toBe(true);
    const answer = await patch(refused.userId, 'DISABLED');
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { message: string }).message).toBe(REFUSED_REASON);

    const [inMain, inPartners] = usersOf(1);
    expect([inMain!.helpCenterId, inPartners!.helpCenterId]).toEqual([DEMO.helpCenters.main, DEMO.helpCenters.partners]);
    expect(inMain!.userId).toBe(inPartners!.userId);
    expect((await patch(inMain!.userId, 'DISABLED')).status).toBe(200);
    expect(usersOf(1).map((m) => m.userStatus)).toEqual(['DISABLED', 'ACTIVE']);
  });
});
