import { CallError } from '../messages/errors';
import type { Run, RunUser } from '../messages/protocol';

// Runs the writes of a bulk run a few at a time. Every user is written at most once: it is marked `sent` in storage
// before its write leaves, so a background that restarts finds it there and reads it back instead of sending it
// again. A 429 means Zoho did nothing: that same write is queued again, and the run slows down (fewer at a time,
// a pause with jitter) before it goes on, so each user is still handled exactly once.

/** Writes in flight at most, per run: a few, well under Zoho's 5-25 per org that other integrations share. */
export const RUN_CONCURRENCY = 3;
/** How often one write may meet a 429 before the run gives up on it (reported as not sent). */
const MAX_RATE_LIMITED = 8;

const UNCERTAIN = new Set(['server', 'timeout', 'network', 'unexpected-response', 'internal', 'answer-lost']);
/** The sign-in or the org's budget is gone: nothing after this can succeed, so nothing more is sent. */
const HALTING = new Set(['auth-failed', 'credits-exhausted', 'not-connected', 'not-configured']);

export interface RunIo {
  /** One Zoho call for these users (one for a deactivation, up to a batch for a group). Throws a CallError. */
  write(userIds: string[]): Promise<void>;
  /** Which of these users Zoho now holds as written (true) or not (false); absent: could not tell. */
  readBack(userIds: string[]): Promise<Map<string, boolean>>;
  save(run: Run): Promise<void>;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export interface RunControl {
  stopped: boolean;
}

export async function executeRun(run: Run, units: string[][], io: RunIo, control: RunControl): Promise<void> {
  const byUser = new Map(run.users.map((user) => [user.userId, user]));
  const queue = units.map((userIds) => ({ userIds, limited: 0 }));
  const pace = { limit: RUN_CONCURRENCY, resumeAt: 0, calm: 0, retries: 0 };
  let halted: string | null = null;
  const set = (userIds: string[], state: RunUser['state'], reason: string | null = null) => {
    for (const id of userIds) Object.assign(byUser.get(id)!, { state, reason });
  };

  async function handle(unit: (typeof queue)[number]) {
    set(unit.userIds, 'sent');
    run.calls++;
    await io.save(run);
    try {
      await io.write(unit.userIds);
      set(unit.userIds, 'done');
      if (++pace.calm >= 10 && pace.limit < RUN_CONCURRENCY) Object.assign(pace, { limit: pace.limit + 1, calm: 0, retries: 0 });
    } catch (error) {
      const failure = error instanceof CallError ? error.apiError : null;
      if (failure?.kind === 'rate-limited' && ++unit.limited < MAX_RATE_LIMITED) {
        set(unit.userIds, 'pending');
        queue.unshift(unit);
        pace.limit = Math.max(1, Math.floor(pace.limit / 2));
        pace.calm = 0;
        const ceiling = Math.min(16_000, 1_000 * 2 ** pace.retries++);
        // The request layer already waited out its own retries: this pause is the run's, with full jitter.
        pace.resumeAt = Date.now() + Math.floor(io.random() * ceiling);
      } else if (!failure || UNCERTAIN.has(failure.kind)) set(unit.userIds, 'unknown', failure?.message ?? null);
      else if (failure.kind === 'rate-limited' || HALTING.has(failure.kind)) {
        set(unit.userIds, 'not-sent', failure.message);
        if (HALTING.has(failure.kind)) halted = failure.message;
      } else set(unit.userIds, 'failed', failure.message);
    }
    void io.save(run);
  }

  async function worker(index: number) {
    while (queue.length > 0 && !control.stopped && halted === null) {
      const wait = index >= pace.limit ? 250 : pace.resumeAt - Date.now();
      if (wait > 0) {
        await io.sleep(wait);
        // A sleep that returns at once (tests) must still let the writes in flight answer.
        await new Promise((resolve) => setTimeout(resolve, 0));
        continue;
      }
      await handle(queue.shift()!);
    }
  }

  // A write queued again after the other workers ended is picked up by the next round.
  while (queue.length > 0 && !control.stopped && halted === null) {
    await Promise.all(Array.from({ length: RUN_CONCURRENCY }, (_, index) => worker(index)));
  }
  for (const unit of queue) set(unit.userIds, 'not-sent', halted);
  await settleUnknown(run, io);
  run.status = 'done';
  await io.save(run);
}

/** Users whose answer was lost are read back, never sent again: written, not written, or still unknown. */
export async function settleUnknown(run: Run, io: Pick<RunIo, 'readBack'>): Promise<void> {
  const unknown = run.users.filter((user) => user.state === 'unknown' || user.state === 'sent');
  if (unknown.length === 0) return;
  const found = await io.readBack(unknown.map((user) => user.userId)).catch(() => new Map<string, boolean>());
  for (const user of unknown) {
    const written = found.get(user.userId);
    if (written === true) Object.assign(user, { state: 'done', reason: null });
    else if (written === false) user.state = 'not-sent';
    else user.state = 'unknown';
  }
}
