import { describe, expect, it } from 'vitest';
import type { AccountContact, ApiError, ItemResult, Reply } from '@/lib/messages/protocol';
import { makeError } from '@/lib/messages/errors';
import { batchOutcomes, batches, INVITE_BATCH, learnt, planInvite, runInvite, summarize, type Known, type Outcome } from './plan';

const person = (id: string, email: string | null, isEndUser = false): AccountContact => ({ id, firstName: 'A', lastName: id, email, isEndUser });
const ok = (id: string): ItemResult => ({ id, success: true, errorCode: null, message: null });
const failed = (id: string, errorCode: string, message: string | null): ItemResult => ({ id, success: false, errorCode, message });

describe('planInvite (eligibility)', () => {
  const cases: Array<{ name: string; contact: AccountContact; known?: Known; expect: 'invite' | 'no-email' | 'member' | 'unknown' }> = [
    { name: 'has an email, no user anywhere', contact: person('1', 'a@x.example'), expect: 'invite' },
    { name: 'a user of some help center (maybe another one)', contact: person('2', 'b@x.example', true), expect: 'invite' },
    { name: 'no email', contact: person('3', null), expect: 'no-email' },
    { name: 'blank email', contact: person('4', '   '), expect: 'no-email' },
    { name: 'no email and a user: the email decides', contact: person('5', null, true), known: 'member', expect: 'no-email' },
    { name: 'known member of this help center from an earlier run', contact: person('6', 'c@x.example', true), known: 'member', expect: 'member' },
    { name: 'earlier invitation with no known outcome', contact: person('7', 'd@x.example'), known: 'unknown', expect: 'unknown' },
  ];
  for (const row of cases) {
    it(`${row.name} → ${row.expect}`, () => {
      const known = new Map<string, Known>(row.known ? [[row.contact.id, row.known]] : []);
      const plan = planInvite([row.contact], known);
      if (row.expect === 'invite') {
        expect(plan.invite).toEqual([row.contact]);
        expect(plan.skipped).toEqual([]);
      } else {
        expect(plan.invite).toEqual([]);
        expect(plan.skipped).toEqual([{ contact: row.contact, reason: row.expect }]);
      }
    });
  }

  it('keeps the list order and splits a mixed list', () => {
    const plan = planInvite([person('1', 'a@x'), person('2', null), person('3', 'c@x', true)]);
    expect(plan.invite.map((c) => c.id)).toEqual(['1', '3']);
    expect(plan.skipped.map((s) => s.contact.id)).toEqual(['2']);
  });
});

describe('batches', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
  const table: Array<[number, number, number[]]> = [
    [0, 50, []],
    [1, 50, [1]],
    [50, 50, [50]],
    [51, 50, [50, 1]],
    [197, 50, [50, 50, 50, 47]],
    [250, 50, [50, 50, 50, 50, 50]],
    [5, 2, [2, 2, 1]],
  ];
  for (const [count, size, sizes] of table) {
    it(`${count} contacts in batches of ${size} → ${JSON.stringify(sizes)}`, () => {
      const out = batches(ids(count), size);
      expect(out.map((batch) => batch.length)).toEqual(sizes);
      expect(out.flat()).toEqual(ids(count)); // every contact once, in order
    });
  }
  it('defaults to the protocol-sized batch and refuses a nonsense size', () => {
    expect(INVITE_BATCH).toBe(50);
    expect(batches(ids(120)).map((b) => b.length)).toEqual([50, 50, 20]);
    expect(() => batches(ids(3), 0)).toThrow(RangeError);
  });
});

describe('batchOutcomes', () => {
  const err = (kind: ApiError['kind']) => makeError(kind, 'x');
  const table: Array<[string, Reply<ItemResult[]>, Outcome['kind'][]]> = [
    ['all invited', { ok: true, data: [ok('1'), ok('2')] }, ['invited', 'invited']],
    ['already a user', { ok: true, data: [ok('1'), failed('2', 'UNPROCESSABLE_ENTITY', 'The contact is already a user of this help center.')] }, ['invited', 'member']],
    ['refused with a reason', { ok: true, data: [failed('1', 'UNPROCESSABLE_ENTITY', 'The email address is blocked.'), ok('2')] }, ['refused', 'invited']],
    ['an id the answer leaves out', { ok: true, data: [ok('1')] }, ['invited', 'unknown']],
    ['timeout: may have happened', { ok: false, error: err('timeout') }, ['unknown', 'unknown']],
    ['5xx: may have happened', { ok: false, error: err('server') }, ['unknown', 'unknown']],
    ['reply lost between page and background', { ok: false, error: err('answer-lost') }, ['unknown', 'unknown']],
    ['a failure inside Desk Companion: still never sent twice', { ok: false, error: err('internal') }, ['unknown', 'unknown']],
    ['an answer we could not read', { ok: false, error: err('unexpected-response') }, ['unknown', 'unknown']],
    ['422 for the whole call: nothing done', { ok: false, error: err('invalid') }, ['not-sent', 'not-sent']],
    ['rate limited: nothing done', { ok: false, error: err('rate-limited') }, ['not-sent', 'not-sent']],
    ['forbidden', { ok: false, error: err('forbidden') }, ['not-sent', 'not-sent']],
  ];
  for (const [name, reply, kinds] of table) {
    it(name, () => {
      expect(batchOutcomes(['1', '2'], reply).map(([, outcome]) => outcome.kind)).toEqual(kinds);
    });
  }
});

describe('runInvite', () => {
  it('sends each batch once, reports each as it arrives, and stops after a lost answer', async () => {
    const sent: string[][] = [];
    const reports: Array<Array<[string, Outcome]>> = [];
    const answers: Array<Reply<ItemResult[]>> = [
      { ok: true, data: [ok('1'), ok('2')] },
      { ok: false, error: makeError('timeout', 'slow') },
    ];
    await runInvite(
      [['1', '2'], ['3', '4'], ['5']],
      async (ids) => {
        sent.push(ids);
        return answers.shift() ?? { ok: true, data: [] };
      },
      (outcomes) => reports.push(outcomes),
    );
    expect(sent).toEqual([['1', '2'], ['3', '4']]);
    const all = new Map(reports.flat());
    expect(summarize(all)).toEqual({ invited: 2, members: 0, refused: [], unknown: ['3', '4'], notSent: ['5'] });
    // The next plan skips the invited and the unknown, and offers the never-sent one again.
    const known = learnt(all);
    const plan = planInvite(['1', '3', '5'].map((id) => person(id, `${id}@x`)), known);
    expect(plan.invite.map((c) => c.id)).toEqual(['5']);
    expect(plan.skipped.map((s) => [s.contact.id, s.reason])).toEqual([
      ['1', 'member'],
      ['3', 'unknown'],
    ]);
  });

  it('leaves the successes of a partial failure as they are', async () => {
    const reports: Array<[string, Outcome]> = [];
    await runInvite(
      [['1', '2', '3']],
      async () => ({ ok: true, data: [ok('1'), failed('2', 'UNPROCESSABLE_ENTITY', 'blocked'), ok('3')] }),
      (outcomes) => reports.push(...outcomes),
    );
    expect(summarize(new Map(reports))).toEqual({ invited: 2, members: 0, refused: ['2'], unknown: [], notSent: [] });
  });
});
