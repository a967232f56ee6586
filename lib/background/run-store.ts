import { storage } from '@wxt-dev/storage';
import type { OrgRef, Run } from '../messages/protocol';
import { STORAGE_KEYS } from '../storage-keys';

// The account pages' bulk runs, in storage.local: a run outlives the tab that started it and a restart of the
// background, so the page shows its progress and outcome when it is reloaded or opened again, and a run cut short
// by a restart knows which users may have been written. One run per account is kept (the latest); finished runs
// go after a week, and at most 20 are kept at all.

export interface StoredRun extends Run {
  org: OrgRef;
  savedAt: number;
}

const MAX_RUNS = 20;
const KEEP_MS = 7 * 24 * 60 * 60_000;

export const runsItem = storage.defineItem<Record<string, StoredRun>>(STORAGE_KEYS.accountRuns, { fallback: {} });

export function createRunStore(now: () => number = Date.now) {
  // Saves are serialised, each with a copy of the run as it was when asked: the last save wins, in order.
  let queue: Promise<void> = Promise.resolve();
  return {
    key: (orgId: string, accountId: string) => `${orgId}|${accountId}`,
    async get(key: string): Promise<StoredRun | null> {
      await queue;
      return (await runsItem.getValue())[key] ?? null;
    },
    save(key: string, run: Run, org: OrgRef): Promise<void> {
      const copy: StoredRun = { ...structuredClone(run), org, savedAt: now() };
      const saved = queue.then(async () => {
        const runs = await runsItem.getValue();
        runs[key] = copy;
        const kept = Object.entries(runs)
          .filter(([, stored]) => stored.status !== 'done' || now() - stored.savedAt < KEEP_MS)
          .sort(([, a], [, b]) => b.savedAt - a.savedAt)
          .slice(0, MAX_RUNS);
        await runsItem.setValue(Object.fromEntries(kept));
      });
      queue = saved.catch(() => {});
      return saved;
    },
  };
}
export type RunStore = ReturnType<typeof createRunStore>;
