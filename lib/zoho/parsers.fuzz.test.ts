// @vitest-environment node
// Issue 8, item 2b: whatever Zoho (or a proxy in front of it) answers, every response parser of lib/zoho gives
// either a typed result the protocol accepts or a typed ApiError — never an exception that escapes. The valid
// answers mutated here are recorded from the fake Zoho, whose responses are checked against Zoho's own OAS.
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeFetch } from '../../fake-zoho/client';
import { startFakeZoho, type FakeZoho } from '../../fake-zoho/server';
import { DEMO, loadWorld } from '../../fake-zoho/worlds';
import { apiErrorSchema, calls, contactSchema, type Contact } from '../messages/protocol';
import { CallError } from '../messages/errors';
import { listAccountContacts } from './accounts';
import { associateBadges, dissociateBadges, listBadges, listUserBadges } from './badges';
import { approveInvite, getContact, getContactHelpCenters, inviteContact, inviteContacts, mergeContacts, rejectInvite } from './contacts';
import type { OrgContext } from './context';
import { findDuplicates } from './group-contacts';
import { listHelpCenters } from './help-centers';
import { createZohoHttp, type AccessTokens } from './http';
import { assignLabels, listLabels, listUserLabels, removeLabels } from './labels';
import { listOrganizations } from './organizations';
import { setUserStatus } from './users';

const C = DEMO.contacts;
const HC = DEMO.helpCenters;
const acme = loadWorld().orgs.find((org) => org.id === DEMO.orgId)!;
const user = (contactId: string) => DEMO.userIdOf(contactId, HC.main);
const dana: Contact = {
  id: C.withDuplicates,
  firstName: 'Dana',
  lastName: 'Duplicate',
  email: acme.contacts.find((c) => c.id === C.withDuplicates)!.email,
  secondaryEmail: null,
  phone: acme.contacts.find((c) => c.id === C.withDuplicates)!.phone,
  mobile: null,
};

interface Parser {
  name: string;
  run: (ctx: OrgContext) => Promise<unknown>;
  /** What the protocol accepts as this parser's result (the router checks the same before answering). */
  reply: { safeParse(value: unknown): { success: boolean } };
}

const orgsReply = z.array(z.object({ id: z.string().regex(/^\d{1,20}$/), portalName: z.string().nullable(), companyName: z.string().nullable() }));
// A mass action's parser gives Zoho's per-item answer: the background adds the state after it (read-back.ts).
const items = z.array(z.object({ id: z.string().regex(/^\d{1,20}$/), success: z.boolean(), errorCode: z.string().nullable(), message: z.string().nullable() }));

/** Every parser of lib/zoho, called as the handlers call it. */
const PARSERS: Parser[] = [
  { name: 'organizations', run: (ctx) => listOrganizations(ctx.http, 'us'), reply: orgsReply },
  { name: 'contact', run: (ctx) => getContact(ctx, C.pending), reply: calls['contact.get'].reply },
  { name: 'contact help centers', run: (ctx) => getContactHelpCenters(ctx, C.pending), reply: calls['contact.helpCenters'].reply },
  { name: 'help centers', run: (ctx) => listHelpCenters(ctx), reply: calls['helpCenters.list'].reply },
  { name: 'approve', run: (ctx) => approveInvite(ctx, C.pendingTwice, [HC.main, HC.developers]), reply: items },
  { name: 'reject', run: (ctx) => rejectInvite(ctx, C.pending, [HC.main]), reply: items },
  { name: 'invite one', run: (ctx) => inviteContact(ctx, C.notMember, HC.partners), reply: z.null() },
  { name: 'invite many', run: (ctx) => inviteContacts(ctx, HC.main, [C.notMember, C.active]), reply: items },
  { name: 'user status', run: (ctx) => setUserStatus(ctx, user(C.deactivated), DEMO.helpCenters.main, 'ACTIVE'), reply: z.string().nullable() },
  { name: 'merge', run: (ctx) => mergeContacts(ctx, C.withDuplicates, [C.duplicateByEmail], {}), reply: contactSchema },
  { name: 'user badges', run: (ctx) => listUserBadges(ctx, user(C.active)), reply: calls['badges.ofUser'].reply },
  { name: 'badge catalogue', run: (ctx) => listBadges(ctx), reply: calls['badges.catalogue'].reply },
  { name: 'award badges', run: (ctx) => associateBadges(ctx, user(C.active), [acme.badges[1]!.id, acme.badges[2]!.id]), reply: items },
  { name: 'revoke badges', run: (ctx) => dissociateBadges(ctx, user(C.active), [acme.badges[1]!.id]), reply: items },
  { name: 'user labels', run: (ctx) => listUserLabels(ctx, user(C.active), HC.main), reply: calls['labels.ofUser'].reply },
  { name: 'label catalogue', run: (ctx) => listLabels(ctx, HC.main), reply: calls['labels.catalogue'].reply },
  { name: 'assign labels', run: (ctx) => assignLabels(ctx, user(C.active), HC.main, acme.labels.slice(0, 2).map((l) => l.id)), reply: items },
  { name: 'remove labels', run: (ctx) => removeLabels(ctx, user(C.active), HC.main, [acme.labels[0]!.id]), reply: items },
  { name: 'duplicates', run: (ctx) => findDuplicates(ctx, dana), reply: calls['duplicates.find'].reply },
  { name: 'account contacts', run: (ctx) => listAccountContacts(ctx, DEMO.accounts.onboarding, 0), reply: calls['account.contacts'].reply },
];

const tokens: AccessTokens = { current: async () => 'token', renew: async () => 'token-2' };
const ctxOf = (fetch: typeof globalThis.fetch): OrgContext => ({
  http: createZohoHttp({ fetch, tokens, sleep: async () => {}, random: () => 0 }),
  dataCenter: 'us',
  orgId: DEMO.orgId,
});

/** url → body text of the fake's answers, per parser, recorded once from the real fake. */
const recorded = new Map<string, Map<string, { status: number; body: string }>>();
let fake: FakeZoho;

beforeAll(async () => {
  fake = await startFakeZoho({ port: 0 });
  const { accessToken } = await fake.control.issueToken({ agentEmail: DEMO.agent });
  const base = fakeFetch(fake);
  for (const parser of PARSERS) {
    const answers = new Map<string, { status: number; body: string }>();
    const recording = (async (input: string | URL | Request, init?: RequestInit) => {
      const headers = { ...(init?.headers as Record<string, string>), Authorization: `Zoho-oauthtoken ${accessToken}` };
      const response = await base(input, { ...init, headers });
      const body = await response.text();
      answers.set(String(input), { status: response.status, body });
      return new Response(response.status === 204 ? null : body, { status: response.status, headers: response.headers });
    }) as typeof globalThis.fetch;
    const value = await parser.run(ctxOf(recording));
    // The recording itself must be a success the protocol accepts, or the mutations start from nothing.
    expect(parser.reply.safeParse(value).success, parser.name).toBe(true);
    recorded.set(parser.name, answers);
  }
});
afterAll(() => fake?.close());

/** A fetch that answers the first request with `first` and later ones (next pages) as the fake did. */
function replaying(parser: string, first: { status: number; body: string }): typeof globalThis.fetch {
  let sent = 0;
  return (async (input: string | URL | Request) => {
    const answer = sent++ === 0 ? first : (recorded.get(parser)!.get(String(input)) ?? { status: 200, body: '' });
    const noBody = answer.status === 204 || answer.status === 304;
    return new Response(noBody ? null : answer.body, { status: answer.status, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
}
const firstAnswer = (parser: string) => [...recorded.get(parser)!.values()][0]!;

/** Runs a parser and checks the contract: a result the protocol accepts, or a CallError with a well-formed ApiError. */
async function contract(parser: Parser, fetch: typeof globalThis.fetch, allowedKinds: (kind: string) => boolean) {
  let value: unknown;
  try {
    value = await parser.run(ctxOf(fetch));
  } catch (error) {
    expect(error, `${parser.name}: ${String(error)}`).toBeInstanceOf(CallError);
    const apiError = (error as CallError).apiError;
    expect(apiErrorSchema.safeParse(apiError).success, `${parser.name}: ${JSON.stringify(apiError).slice(0, 300)}`).toBe(true);
    expect(allowedKinds(apiError.kind), `${parser.name}: kind ${apiError.kind}`).toBe(true);
    return 'error';
  }
  expect(parser.reply.safeParse(value).success, `${parser.name}: ${JSON.stringify(value).slice(0, 300)}`).toBe(true);
  return 'ok';
}
const onlyUnexpected = (kind: string) => kind === 'unexpected-response';

// ---- mutations of a valid answer ----

type Json = unknown;
type Path = Array<string | number>;
function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], out));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) pathsOf((value as Record<string, Json>)[key], [...prefix, key], out);
  return out;
}
const DELETE = Symbol('delete');
function setAt(root: Json, path: Path, replacement: Json | typeof DELETE): Json {
  if (path.length === 0) return replacement === DELETE ? null : replacement;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement === DELETE) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}
/** Values a real answer could plausibly carry where it should not: wrong types, edge numbers, huge text. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<Json>(null, '', 0, -1, 1.5, 1e308, true, [], {}, '9'.repeat(25), 'x'.repeat(20_000), '<img src=x onerror=alert(1)>'),
  fc.constant(DELETE),
);
/** 1–4 structural mutations of a parsed answer, then sometimes a textual one (unsafe integers, truncation). */
function mutated(body: string): fc.Arbitrary<string> {
  const json: Json = body.trim() === '' ? null : JSON.parse(body);
  const all = pathsOf(json);
  return fc
    .tuple(fc.array(fc.tuple(fc.nat(), oddValue), { minLength: 1, maxLength: 4 }), fc.nat(100), fc.nat())
    .map(([edits, textual, at]) => {
      let value = json;
      for (const [index, replacement] of edits) {
        const paths = pathsOf(value);
        value = setAt(value, paths[index % paths.length] ?? all[0]!, replacement);
      }
      let text = JSON.stringify(value) ?? 'null';
      // An id as a bare 64-bit integer (JSON.parse would round it), or an answer cut short.
      if (textual < 15) text = text.replace(/"(\d{16,20})"/, '$1');
      else if (textual < 25) text = text.slice(0, at % Math.max(1, text.length));
      return text;
    });
}

describe('every response parser of lib/zoho', () => {
  it('covers every exported reader and writer', () => {
    expect(PARSERS.map((parser) => parser.name)).toHaveLength(20);
  });

  it.each(PARSERS.map((parser) => [parser.name, parser] as const))('%s: arbitrary JSON gives a typed result or unexpected-response', async (_name, parser) => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await contract(parser, replaying(parser.name, { status: 200, body: JSON.stringify(value) }), onlyUnexpected);
      }),
      { numRuns: 150 },
    );
  });

  it.each(PARSERS.map((parser) => [parser.name, parser] as const))('%s: any text at all (not JSON) is handled too', async (_name, parser) => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        await contract(parser, replaying(parser.name, { status: 200, body: text }), onlyUnexpected);
      }),
      { numRuns: 60 },
    );
  });

  it.each(PARSERS.map((parser) => [parser.name, parser] as const))('%s: mutations of a valid answer', async (_name, parser) => {
    const valid = firstAnswer(parser.name);
    await fc.assert(
      fc.asyncProperty(mutated(valid.body), async (body) => {
        await contract(parser, replaying(parser.name, { status: valid.status === 204 ? 200 : valid.status, body }), onlyUnexpected);
      }),
      { numRuns: 150 },
    );
  });

  // Failures are parsed too (the error body gives the agent Zoho's code and message): whatever they carry,
  // the result is an ApiError the protocol can carry to the panel.
  const errorBody = fc.oneof(
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.string({ maxLength: 200 }),
    fc
      .record(
        {
          errorCode: fc.oneof(
            fc.string(),
            fc.constantFrom('THRESHOLD_EXCEEDED', 'TOO_MANY_REQUESTS', 'SCOPE_MISMATCH', 'INVALID_DATA', '__proto__', 'E'.repeat(300)),
            fc.jsonValue(),
          ),
          message: fc.oneof(fc.string(), fc.constantFrom('m'.repeat(6_000), ' '.repeat(3_000)), fc.jsonValue()),
          errors: fc.oneof(
            fc.array(fc.record({ fieldName: fc.oneof(fc.string(), fc.constant('f'.repeat(500)), fc.jsonValue()) }), { maxLength: 30 }),
            fc.constant(Array.from({ length: 200 }, (_, i) => ({ fieldName: `field_${i}_${'x'.repeat(40)}` }))),
            fc.jsonValue(),
          ),
        },
        { requiredKeys: [] },
      )
      .map((value) => JSON.stringify(value)),
  );
  const status = fc.constantFrom(400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 502, 503, 504, 302, 299);

  it.each(PARSERS.filter((p) => ['contact', 'approve', 'badge catalogue', 'user status'].includes(p.name)).map((p) => [p.name, p] as const))(
    '%s: any failure answer becomes a well-formed ApiError',
    async (_name, parser) => {
      await fc.assert(
        fc.asyncProperty(status, errorBody, async (code, body) => {
          const outcome = await contract(parser, replayingAlways({ status: code, body }), (kind) => kind !== 'internal');
          if (code >= 400) expect(outcome).toBe('error');
        }),
        { numRuns: 300 },
      );
    },
  );
});

/** Every request (the retries too) gets the same answer. */
function replayingAlways(answer: { status: number; body: string }): typeof globalThis.fetch {
  return (async () => new Response(answer.body, { status: answer.status, headers: { 'content-type': 'application/json' } })) as typeof globalThis.fetch;
}

