import { describe, expect, it } from 'vitest';
import { CallError, makeError } from '../messages/errors';
import type { ErrorKind, Run } from '../messages/protocol';
import { executeRun, RUN_CONCURRENCY, type RunIo } from './run-engine';

const runOf = (count: number): Run => ({
  id: 'r',
  kind: 'deactivate',
  accountId: '1',
  helpCenterId: '2',
  groupId: null,
  status: 'running',
  users: Array.from({ length: count }, (_, i) => ({ contactId: String(100 + i), userId: String(i + 1), state: 'pending', reason: null })),
  calls: 0,
});

/** An io whose writes answer per user id through `answer`; records each write and the most writes in flight. */
function ioWith(answer: (userId: string, attempt: number) => ErrorKind | null, readBack: (ids: string[]) => Map<string, boolean> = () => new Map()) {
  const sent: string[] = [];
  const attempts = new Map<string, number>();
  const saved: string[][] = [];
  let inFlight = 0;
  let most = 0;
  const io: RunIo = {
    async write([userId]) {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      const attempt = (attempts.get(userId!) ?? 0) + 1;
      attempts.set(userId!, attempt);
      const kind = answer(userId!, attempt);
      if (kind) throw new CallError(makeError(kind, `${kind} for ${userId}`));
      sent.push(userId!);
    },
    readBack: async (ids) => readBack(ids),
    save: async (run) => void saved.push(run.users.map((user) => user.state)),
    sleep: async () => {},
    random: () => 0,
  };
  return { io, sent, attempts, saved, most: () => most };
}

const states = (run: Run) => Object.fromEntries(run.users.map((user) => [user.userId, user.state]));

describe('executeRun', () => {
  it('writes each user once, a few at a time, and marks each sent in storage before its write', async () => {
    const run = runOf(20);
    const { io, sent, saved, most } = ioWith(() => null);
    await executeRun(run, run.users.map((user) => [user.userId]), io, { stopped: false });
    expect(sent.sort()).toEqual(run.users.map((user) => user.userId).sort());
    expect(most()).toBe(RUN_CONCURRENCY);
    expect(run.status).toBe('done');
    expect(run.calls).toBe(20);
    expect(saved[0]!.filter((state) => state === 'sent')).toHaveLength(1);
  });

  it('a 429 is sent again later (Zoho did nothing); other failures keep their reason; lost answers are read back', async () => {
    const run = runOf(6);
    const { io, attempts } = ioWith(
      (id, attempt) => ({ '1': attempt < 3 ? 'rate-limited' : null, '2': 'invalid', '3': 'timeout', '4': 'server' } as Record<string, ErrorKind | null>)[id] ?? null,
      (ids) => new Map(ids.map((id) => [id, id === '3'])),
    );
    await executeRun(run, run.users.map((user) => [user.userId]), io, { stopped: false });
    expect(attempts.get('1')).toBe(3);
    expect([...attempts].filter(([id]) => id !== '1').every(([, count]) => count === 1)).toBe(true);
    expect(states(run)).toEqual({ '1': 'done', '2': 'failed', '3': 'done', '4': 'not-sent', '5': 'done', '6': 'done' });
    expect(run.users[1]!.reason).toBe('invalid for 2');
  });

  it('a write whose read-back cannot tell stays unknown, never sent again', async () => {
    const run = runOf(2);
    const { io, attempts } = ioWith((id) => (id === '1' ? 'network' : null));
    await executeRun(run, run.users.map((user) => [user.userId]), io, { stopped: false });
    expect(states(run)).toEqual({ '1': 'unknown', '2': 'done' });
    expect(attempts.get('1')).toBe(1);
  });

  it('a sign-in that fails stops the run: nothing more is sent, the rest is not sent', async () => {
    const run = runOf(30);
    const { io, sent } = ioWith((id) => (id === '4' ? 'auth-failed' : null));
    await executeRun(run, run.users.map((user) => [user.userId]), io, { stopped: false });
    const notSent = run.users.filter((user) => user.state === 'not-sent');
    expect(sent.length + notSent.length).toBe(30);
    expect(notSent.length).toBeGreaterThan(20);
  });

  it('Stop: what is in flight ends, nothing else is sent', async () => {
    const run = runOf(30);
    const control = { stopped: false };
    const { io, sent } = ioWith((id) => {
      if (id === '5') control.stopped = true;
      return null;
    });
    await executeRun(run, run.users.map((user) => [user.userId]), io, control);
    expect(sent.length).toBeLessThanOrEqual(5 + RUN_CONCURRENCY);
    expect(run.users.filter((user) => user.state === 'not-sent')).toHaveLength(30 - sent.length);
  });
});
