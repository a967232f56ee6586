// @vitest-environment node
// Issue 8, item 2a: hostile messages against the REAL router and the REAL handlers, wired to the fake Zoho and
// signed in, so a message that slipped through would show up as a request in the fake's log. (The router's
// own fuzz, on stub handlers, is in lib/messages/router.test.ts.)
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO } from '../../fake-zoho/worlds';
import { resetStorageRestriction } from '../auth/token-store';
import * as z from 'zod/mini';
import { apiErrorSchema, callKinds, calls, envelopeSchema, extensionPageOnlyKinds, type CallKind } from '../messages/protocol';
import type { SenderInfo } from '../messages/router';
import { deskTab, optionsPage, OWN_ID, startHarness, type Harness } from '@/tests/support/zoho-harness';

/** What every answer of the background looks like on the wire (the router's ReplyEnvelope). */
const replyEnvelopeSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), data: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: apiErrorSchema }),
]);

let h: Harness;
beforeAll(async () => {
  fakeBrowser.reset();
  resetStorageRestriction();
  h = await startHarness();
  // Signed in and warmed up: every Desk kind below would reach Zoho if the router let it through.
  await h.connect();
  const warm = await h.call('contact.get', { org, contactId: DEMO.contacts.pending }, deskTab());
  expect(warm.ok).toBe(true);
});
afterAll(() => h?.close());

const org = { dataCenter: 'us', portal: 'acme' };
const id = DEMO.contacts.pending;
const userId = DEMO.userIdOf(DEMO.contacts.pending, DEMO.helpCenters.main);

/** The kinds that reach no Desk API: the sign-in, the extension's own settings and pages. */
const NOT_DESK = [
  'session.get',
  'session.connect',
  'session.disconnect',
  'options.open',
  'site.get',
  'panel.load',
  'config.get',
  'config.save',
  'domains.list',
  'domains.add',
  'domains.remove',
  'diagnostics.list',
  'diagnostics.clear',
] as const satisfies readonly CallKind[];

/**
 * A valid payload for every kind that talks to Zoho, the starting point of each mutation. A Record, not a Partial:
 * a new kind that reaches Zoho does not type-check until it is fuzzed here too.
 */
const VALID: Record<Exclude<CallKind, (typeof NOT_DESK)[number]>, Record<string, unknown>> = {
  'view.open': { org, contactId: id },
  'ticket.contact': { org, ticketId: DEMO.tickets.ofPendingTwice },
  'account.contacts': { org, accountId: DEMO.accounts.onboarding, from: 0 },
  'account.invite': { org, helpCenterId: DEMO.helpCenters.main, contactIds: [id] },
  'contact.get': { org, contactId: id },
  'contact.helpCenters': { org, contactId: id },
  'helpCenters.list': { org },
  'helpCenters.approve': { org, contactId: id, helpCenterIds: [DEMO.helpCenters.main] },
  'helpCenters.reject': { org, contactId: id, helpCenterIds: [DEMO.helpCenters.main] },
  'helpCenters.invite': { org, contactId: id, helpCenterId: DEMO.helpCenters.main },
  'users.setStatus': { org, contactId: id, userId, helpCenterId: DEMO.helpCenters.main, status: 'ACTIVE' },
  'badges.ofUser': { org, userId },
  'badges.catalogue': { org },
  'badges.add': { org, userId, ids: ['1892000000500002'] },
  'badges.remove': { org, userId, ids: ['1892000000500002'] },
  'labels.ofUser': { org, userId, helpCenterId: DEMO.helpCenters.main },
  'labels.catalogue': { org, helpCenterId: DEMO.helpCenters.main },
  'labels.add': { org, userId, helpCenterId: DEMO.helpCenters.main, ids: ['1892000000600001'] },
  'labels.remove': { org, userId, helpCenterId: DEMO.helpCenters.main, ids: ['1892000000600001'] },
  'groups.ofUser': { org, userId, helpCenterId: DEMO.helpCenters.main },
  'groups.catalogue': { org, helpCenterId: DEMO.helpCenters.main },
  'groups.add': { org, userId, helpCenterId: DEMO.helpCenters.main, ids: [DEMO.groups.mainFirst] },
  'groups.remove': { org, userId, helpCenterId: DEMO.helpCenters.main, ids: [DEMO.groups.mainFirst] },
  'duplicates.find': { org, contactId: id },
  'contacts.merge': { org, keepId: id, mergeIds: [DEMO.contacts.active], source: { email: id } },
  'run.groups': { org },
  'run.preview': { org, accountId: DEMO.accounts.offboarding, kind: 'deactivate', helpCenterId: DEMO.helpCenters.main, contacts: [] },
  'run.start': { org, accountId: DEMO.accounts.offboarding, planId: 'a-plan-id' },
  'run.get': { org, accountId: DEMO.accounts.offboarding },
  'run.stop': { org, accountId: DEMO.accounts.offboarding },
};
const deskKinds = Object.keys(VALID) as Array<keyof typeof VALID>;
for (const kind of deskKinds) expect(calls[kind].request.safeParse(VALID[kind]).success, kind).toBe(true);
// Every kind is either fuzzed here or reaches no Desk API: a kind added to the protocol is placed in one of them.
expect([...deskKinds, ...NOT_DESK].sort()).toEqual([...callKinds].sort());

const envelope = (kind: unknown, payload: unknown) => ({ channel: 'desk-companion/v1', kind, payload });

// ---- hostile pieces ----

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];
/** Objects as JSON.parse builds them from a page's data: `__proto__` becomes an own key, not the prototype. */
const polluting = fc.constantFrom(
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"prototype":{"polluted":"yes"}}'),
  JSON.parse('{"__proto__":{"__proto__":{"polluted":"yes"}}}'),
  JSON.parse('{"org":{"__proto__":{"polluted":"yes"},"dataCenter":"us","portal":"acme"}}'),
);
const huge = fc.constantFrom('9'.repeat(1_000_000), 'a'.repeat(2_000_000), `${id}${' '.repeat(500_000)}`, '\u0000'.repeat(100_000));
function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { org: value, payload: value === leaf ? leaf : undefined, a: value };
  return value;
}
const deep = fc.tuple(fc.integer({ min: 100, max: 5_000 }), fc.boolean()).map(([depth, asArray]) => nested(depth, { org }, asArray));
/** Ids that are not digit strings of at most 20 digits. */
const badId = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.constant(Number(id)),
  fc.constantFrom('1'.repeat(21), '', ' 1', '1 ', '-1', '1e5', '0x1F', '１２３', '12\n', `${id}/../../organizations`, 'null', '1?x=1'),
  fc.constantFrom([Number(id)], [id, ''], [], new Array(51).fill(id)),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.object(),
  huge,
);
const badOrg = fc.oneof(
  fc.anything(),
  fc.record({ dataCenter: fc.constantFrom('mars', 'US', '', 'us ', '__proto__'), portal: fc.constant('acme') }),
  fc.record({ dataCenter: fc.constant('us'), portal: fc.constantFrom('../acme', 'acme/x', 'acme?x', '', 'a b', 'a'.repeat(101)) }),
  fc.constant({ ...org, orgId: DEMO.orgId }),
  polluting,
  deep,
);
const unknownKind = fc.oneof(
  fc.string({ maxLength: 40 }).filter((kind) => !(callKinds as string[]).includes(kind)),
  fc.constantFrom('tokens.read', 'storage.get', 'session.token', 'Contact.get', 'contact.get ', ' contact.get', 'contact.GET', 'toString', 'hasOwnProperty', ...POLLUTION_KEYS),
  fc.anything().filter((kind) => typeof kind !== 'string'),
  huge,
);

/** What the schemas let through; a "broken" message that happens to be valid is no test of the router. */
function wellFormed(message: unknown): boolean {
  const parsed = envelopeSchema.safeParse(message);
  return parsed.success && calls[parsed.data.kind].request.safeParse(parsed.data.payload).success;
}

/** One valid payload with one thing broken. */
const brokenPayload = fc.constantFrom(...deskKinds).chain((kind) => {
  const valid = VALID[kind as keyof typeof VALID];
  const fields = Object.keys(valid);
  return fc.oneof(
    // a field of the wrong type or shape
    fc.tuple(fc.constantFrom(...fields), fc.oneof(badId, badOrg)).map(([field, value]) => envelope(kind, { ...valid, [field]: value })),
    // a field missing
    fc.constantFrom(...fields).map((field) => envelope(kind, Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field)))),
    // an extra key, prototype-pollution keys included (strict schemas refuse every unknown key)
    fc.tuple(fc.constantFrom(...POLLUTION_KEYS, 'token', 'accessToken', 'url', 'orgId', 'fetch'), fc.anything()).map(([key, value]) => {
      const payload: Record<string, unknown> = { ...valid };
      Object.defineProperty(payload, key, { value, enumerable: true, configurable: true, writable: true });
      return envelope(kind, payload);
    }),
    polluting.map((extra) => envelope(kind, { ...valid, ...extra })),
    // the whole payload of the wrong type
    fc.oneof(fc.anything(), deep, huge, polluting).map((payload) => envelope(kind, payload)),
  );
}).filter((message) => !wellFormed(message));
const brokenEnvelope = fc.oneof(
  fc.anything(),
  unknownKind.map((kind) => envelope(kind, { org, contactId: id })),
  fc.constantFrom(...deskKinds).map((kind) => ({ channel: 'other/v1', kind, payload: VALID[kind] })),
  fc.constantFrom(...deskKinds).map((kind) => ({ kind, payload: VALID[kind] })),
  fc.constantFrom(...deskKinds).map((kind) => ({ ...envelope(kind, VALID[kind]), extra: true })),
  fc.constantFrom(...deskKinds).map((kind) => Object.assign(JSON.parse('{"__proto__":{"polluted":"yes"}}'), envelope(kind, VALID[kind]))),
  fc.constantFrom(...deskKinds).map((kind) => JSON.stringify(envelope(kind, VALID[kind]))),
  deep,
  huge,
).filter((message) => !wellFormed(message));
/** The options page's kinds, well-formed, from a content script. */
const pageOnlyFromContentScript = fc.constantFrom(...extensionPageOnlyKinds).map((kind) =>
  envelope(kind, kind === 'config.save' ? { clientId: '1000.ATTACKER', clientSecret: 'x' } : {}),
);
/** Perfectly valid Desk messages: only the sender is wrong. */
const validDeskMessage = fc.constantFrom(...deskKinds).map((kind) => envelope(kind, VALID[kind]));

const desk = deskTab();
const foreignSender: fc.Arbitrary<SenderInfo> = fc.constantFrom<SenderInfo>(
  { ...desk, id: 'anotherextensionidanotherextensi' },
  { ...desk, id: undefined },
  { ...desk, frameId: 2 },
  { ...desk, frameId: undefined },
  { ...desk, tab: undefined },
  { ...desk, url: undefined },
  { ...desk, url: 'not a url' },
  { ...desk, url: 'http://desk.zoho.com/agent/acme/support/contacts/details/1' },
  { ...desk, url: 'https://desk.zoho.com:8443/agent/acme' },
  { ...desk, url: 'https://desk.zoho.com.evil.example/agent/acme' },
  { ...desk, url: 'https://evil.example/desk.zoho.com' },
  { ...desk, url: 'https://desk.zoho.com@evil.example/' },
  { ...desk, url: `chrome-extension://${'z'.repeat(32)}/options.html` },
  { id: OWN_ID, url: 'https://example.com/', frameId: 0, tab: { id: 1 } },
  {},
);

type Case = { message: unknown; sender: SenderInfo };
const hostile: fc.Arbitrary<Case> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ message: brokenPayload, sender: fc.constantFrom(desk, optionsPage) }) },
  { weight: 2, arbitrary: fc.record({ message: brokenEnvelope, sender: fc.constantFrom(desk, optionsPage) }) },
  { weight: 1, arbitrary: fc.record({ message: pageOnlyFromContentScript, sender: fc.constant(desk) }) },
  { weight: 2, arbitrary: fc.record({ message: fc.oneof(validDeskMessage, brokenPayload), sender: foreignSender }) },
);

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('the background under hostile messages', () => {
  it('answers 1,200 malformed or hostile messages with a well-formed error, calls Zoho zero times, pollutes nothing', async () => {
    const before = protoKeys();
    await h.fake.control.clearLog();
    h.fetched.length = 0;
    let answered = 0;

    await fc.assert(
      fc.asyncProperty(hostile, async ({ message, sender }) => {
        // Every case is meant to be refused: a generator that made a message the router must serve is a bug here.
        const kind = envelopeSchema.safeParse(message).data?.kind;
        const isForeign = sender !== desk && sender !== optionsPage;
        const pageOnly = sender === desk && kind !== undefined && extensionPageOnlyKinds.has(kind);
        expect(wellFormed(message) && !isForeign && !pageOnly).toBe(false);

        const reply = await h.send(message, sender); // must not throw
        expect(replyEnvelopeSchema.safeParse(reply).success).toBe(true);
        expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-message' } });
        // The refusal never echoes what it was sent (no megabyte strings back across the wire).
        expect(JSON.stringify(reply).length).toBeLessThan(500);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        answered++;
      }),
      { numRuns: 1_200 },
    );

    expect(answered).toBeGreaterThanOrEqual(1_000);
    expect(protoKeys()).toEqual(before);
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    // Not one request left the background: no Desk API call, no token call.
    expect((await h.fake.control.log()).filter((entry) => entry.path.startsWith('/api/'))).toEqual([]);
    expect(h.fetched).toEqual([]);
  });

  it('still serves a well-formed message afterwards (the refusals broke nothing)', async () => {
    const reply = await h.call('contact.helpCenters', { org, contactId: id }, deskTab());
    expect(reply.ok).toBe(true);
  });
});
