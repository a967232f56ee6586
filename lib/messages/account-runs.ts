import * as z from 'zod/mini';
import { accountContactSchema, orgRefSchema, zohoId } from './shapes';

// The account page's bulk runs (deactivate everyone in a help center, add everyone to a group): the preview, and
// the run the background owns, kept in its storage so a reloaded or reopened page shows its progress and outcome.

export const runKindSchema = z.enum(['deactivate', 'group']);
export type RunKind = z.infer<typeof runKindSchema>;

/**
 * One user's state in a run. `sent`: the write left and its answer has not come; `unknown`: its answer was lost
 * and reading Zoho back could not tell; `not-sent`: never sent (stopped, interrupted, or the run could not go on).
 */
export const runUserStateSchema = z.enum(['pending', 'sent', 'done', 'failed', 'not-sent', 'unknown']);
export type RunUserState = z.infer<typeof runUserStateSchema>;

const reasonText = z.nullable(z.string().check(z.maxLength(1_000)));

export const runUserSchema = z.object({ contactId: zohoId, userId: zohoId, state: runUserStateSchema, reason: reasonText });
export type RunUser = z.infer<typeof runUserSchema>;

/** Why the preview leaves a contact alone. */
export const skipReasonSchema = z.enum(['not-user', 'deactivated', 'not-active', 'in-group', 'same-user']);
export type SkipReason = z.infer<typeof skipReasonSchema>;

export const runPlanSchema = z.object({
  planId: z.string().check(z.maxLength(100)),
  targets: z.array(z.object({ contactId: zohoId, userId: zohoId })),
  skipped: z.array(z.object({ contactId: zohoId, reason: skipReasonSchema })),
  /** Zoho calls the preview took, and the calls the run will take. */
  reads: z.int(),
  writes: z.int(),
});
export type RunPlan = z.infer<typeof runPlanSchema>;

export const runSchema = z.object({
  id: z.string().check(z.maxLength(100)),
  kind: runKindSchema,
  accountId: zohoId,
  helpCenterId: zohoId,
  groupId: z.nullable(zohoId),
  /** running → (stopping →) done: the background finished, was stopped, or was interrupted and has reported. */
  status: z.enum(['running', 'stopping', 'done']),
  users: z.array(runUserSchema),
  /** Zoho calls the run made (429 answers included). */
  calls: z.int(),
});
export type Run = z.infer<typeof runSchema>;

const account = { org: orgRefSchema, accountId: zohoId };

export const runGroupSchema = z.object({ id: zohoId, name: z.string(), helpCenterId: zohoId });
export type RunGroup = z.infer<typeof runGroupSchema>;

export const accountRunCalls = {
  /** Every group of every help center, for "Group to add everyone to". */
  'run.groups': { request: z.strictObject({ org: orgRefSchema }), reply: z.array(runGroupSchema) },
  /** Who the run would write to, and who it leaves alone: the account's contacts as the page listed them. */
  'run.preview': {
    request: z.strictObject({
      ...account,
      kind: runKindSchema,
      helpCenterId: zohoId,
      groupId: z.optional(zohoId),
      contacts: z.array(accountContactSchema).check(z.maxLength(10_000)),
    }),
    reply: runPlanSchema,
  },
  'run.start': { request: z.strictObject({ ...account, planId: z.string().check(z.maxLength(100)) }), reply: runSchema },
  /** The account's latest run, if the background holds one. */
  'run.get': { request: z.strictObject(account), reply: z.nullable(runSchema) },
  'run.stop': { request: z.strictObject(account), reply: z.nullable(runSchema) },
} as const;
