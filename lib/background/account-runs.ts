import { t } from '../i18n';
import { CallError, makeError } from '../messages/errors';
import type { OrgRef, Run, RunKind, RunPlan } from '../messages/protocol';
import type { OrgContext } from '../zoho/context';
import { helpCenterUsersPage, USERS_PAGE } from '../zoho/help-center-users';
import { setUserStatus } from '../zoho/users';
import { sleep as realSleep } from '../zoho/backoff';
import { addUsersToGroup, listAllGroups } from '../zoho/groups';
import { groupMemberIds } from '../zoho/group-users';
import { REFERENCE } from './cache';
import { executeRun, settleUnknown, type RunControl, type RunIo } from './run-engine';
import { planDeactivation, planGroupAdd, usersAmong, type Plan } from './run-plan';
import { createRunStore } from './run-store';
import type { BackgroundServices, FeatureHandlers } from './services';

// The account page's bulk runs: a preview that reads who is who and says what the run will write and what it
// costs, then the run itself, owned here rather than by the tab (see run-engine.ts and run-store.ts).

/**
 * Users per users/add call. The spec puts no maxItems on its `users` (only minItems 1 and uniqueItems), so one call
 * takes a whole account; this bound only keeps a single request body within reason.
 */
export const GROUP_ADD_BATCH = 500;

const inBatches = (ids: string[], size: number) => Array.from({ length: Math.ceil(ids.length / size) }, (_, i) => ids.slice(i * size, (i + 1) * size));

interface Planned extends Plan {
  key: string;
  kind: RunKind;
  helpCenterId: string;
  groupId: string | null;
}

/** Reads a help center's users again: which of `userIds` now have `status`. */
async function statusesNow(ctx: OrgContext, helpCenterId: string, userIds: string[]): Promise<Map<string, boolean>> {
  const wanted = new Set(userIds);
  const found = new Map<string, boolean>();
  for (let from = 1; from < 100_000; from += USERS_PAGE) {
    const { users } = await helpCenterUsersPage(ctx, helpCenterId, from);
    for (const user of users) if (wanted.has(user.id)) found.set(user.id, user.status?.toUpperCase() === 'DISABLED');
    if (users.length < USERS_PAGE) break;
  }
  return found;
}

export function accountRunHandlers({ resolveOrg, contacts, cache, deps }: BackgroundServices): FeatureHandlers<
  'run.groups' | 'run.preview' | 'run.start' | 'run.get' | 'run.stop'
> {
  const store = createRunStore(deps.now);
  const plans = new Map<string, Planned>();
  const live = new Map<string, { run: Run; control: RunControl }>();
  const sleep = deps.sleep ?? realSleep;

  function ioFor(ctx: OrgContext, org: OrgRef, key: string, run: Run): RunIo {
    const common = { save: (state: Run) => store.save(key, state, org), sleep: (ms: number) => sleep(ms), random: deps.random ?? Math.random };
    if (run.kind === 'group') {
      const groupId = run.groupId!;
      return {
        ...common,
        write: async (userIds) => void (await addUsersToGroup(ctx, groupId, userIds)),
        readBack: async (userIds) => {
          const { ids } = await groupMemberIds(ctx, groupId);
          return new Map(userIds.map((id) => [id, ids.has(id)]));
        },
      };
    }
    return {
      ...common,
      write: async ([userId]) => {
        await setUserStatus(ctx, userId!, run.helpCenterId, 'DISABLED');
        const contactId = run.users.find((user) => user.userId === userId)?.contactId;
        if (contactId) contacts.invalidate(ctx, 'contactHelpCenters', contactId);
      },
      readBack: (userIds) => statusesNow(ctx, run.helpCenterId, userIds),
    };
  }

  async function where(org: OrgRef, accountId: string) {
    const ctx = await resolveOrg(org);
    return { ctx, key: store.key(ctx.orgId, accountId) };
  }

  return {
    'run.groups': async ({ org }) => {
      const ctx = await resolveOrg(org);
      return cache.get(contacts.key(ctx, 'allGroups'), REFERENCE, () => listAllGroups(ctx));
    },
    'run.preview': async ({ org, accountId, kind, helpCenterId, groupId, contacts: listed }) => {
      const { ctx, key } = await where(org, accountId);
      if (kind === 'group' && !groupId) throw new CallError(makeError('bad-message', t('msgMalformedKind', 'run.preview')));
      const [{ users, reads }, members] = await Promise.all([
        usersAmong(ctx, helpCenterId, listed),
        kind === 'group' ? groupMemberIds(ctx, groupId!) : null,
      ]);
      const plan = members ? planGroupAdd(listed, users, members.ids) : planDeactivation(listed, users);
      const planId = crypto.randomUUID();
      plans.set(planId, { ...plan, key, kind, helpCenterId, groupId: groupId ?? null });
      const writes = kind === 'group' ? Math.ceil(plan.targets.length / GROUP_ADD_BATCH) : plan.targets.length;
      return { planId, targets: plan.targets, skipped: plan.skipped, reads: reads + (members?.reads ?? 0), writes } satisfies RunPlan;
    },
    'run.start': async ({ org, accountId, planId }) => {
      const { ctx, key } = await where(org, accountId);
      const planned = plans.get(planId);
      if (!planned || planned.key !== key) throw new CallError(makeError('not-found', t('runPlanGone')));
      if (live.has(key)) throw new CallError(makeError('invalid', t('runAlreadyRunning')));
      plans.delete(planId);
      const run: Run = {
        id: planId,
        kind: planned.kind,
        accountId,
        helpCenterId: planned.helpCenterId,
        groupId: planned.groupId,
        status: 'running',
        users: planned.targets.map((target) => ({ ...target, state: 'pending', reason: null })),
        calls: 0,
      };
      const control = { stopped: false };
      live.set(key, { run, control });
      // Nothing is sent before the run is in storage: without it a restart could not tell what was written.
      await store.save(key, run, org).catch((error: unknown) => {
        live.delete(key);
        throw error;
      });
      const userIds = run.users.map((user) => user.userId);
      const units = run.kind === 'group' ? inBatches(userIds, GROUP_ADD_BATCH) : userIds.map((id) => [id]);
      void executeRun(run, units, ioFor(ctx, org, key, run), control)
        .catch(() => {})
        .finally(() => live.delete(key));
      return run;
    },
    'run.get': async ({ org, accountId }) => {
      const { ctx, key } = await where(org, accountId);
      const running = live.get(key);
      if (running) return running.run;
      const stored = await store.get(key);
      if (!stored || stored.status === 'done') return stored;
      // Saved as running, yet no run here: the background restarted under it. What was never sent is reported
      // so; what had left is read back.
      for (const user of stored.users) if (user.state === 'pending') user.state = 'not-sent';
      await settleUnknown(stored, ioFor(ctx, stored.org, key, stored));
      stored.status = 'done';
      await store.save(key, stored, stored.org);
      return stored;
    },
    'run.stop': async ({ org, accountId }) => {
      const { key } = await where(org, accountId);
      const running = live.get(key);
      if (!running) return store.get(key);
      running.control.stopped = true;
      running.run.status = 'stopping';
      return running.run;
    },
  };
}
