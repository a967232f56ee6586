import type { AccountContact, ApiError, ItemResult, Reply } from '@/lib/messages/protocol';

// Inviting a whole account, as pure steps: who can be invited, in which batches, and what each batch's answer
// means per contact. The panel only renders what these return.

/**
 * Contacts per bulk call. The spec puts no maxItems on inviteAsEndUser's contactIds (its long_array is unbounded),
 * while Desk's other contact mass actions in the same spec cap their ids at 50; 50 is also what the message
 * protocol lets one call carry. A 250-contact account is then at most five calls.
 */
export const INVITE_BATCH = 50;

/** What this panel already learnt about a contact and one help center, from earlier runs. */
export type Known = 'member' | 'unknown';

export type SkipReason = 'no-email' | 'member' | 'unknown';

export interface InvitePlan {
  invite: AccountContact[];
  skipped: Array<{ contact: AccountContact; reason: SkipReason }>;
}

/**
 * Everyone with an email who is not known to be that help center's user. The list's `isEndUser` only says "a user
 * of some help center", so it skips nobody: Zoho's per-contact answer tells members apart. A contact whose earlier
 * invitation has no known outcome is skipped rather than possibly e-mailed twice.
 */
export function planInvite(contacts: readonly AccountContact[], known: ReadonlyMap<string, Known> = new Map()): InvitePlan {
  const plan: InvitePlan = { invite: [], skipped: [] };
  for (const contact of contacts) {
    const reason: SkipReason | null = !contact.email?.trim() ? 'no-email' : (known.get(contact.id) ?? null);
    if (reason) plan.skipped.push({ contact, reason });
    else plan.invite.push(contact);
  }
  return plan;
}

export function batches<T>(items: readonly T[], size: number = INVITE_BATCH): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size ${size}`);
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

export type Outcome =
  | { kind: 'invited' }
  | { kind: 'member'; item: ItemResult }
  | { kind: 'refused'; item: ItemResult }
  /** Zoho may or may not have acted: the answer was lost, or did not mention the contact. */
  | { kind: 'unknown'; error: ApiError | null }
  /** Known not to have been sent or acted on (a refused call, or a batch after one that failed). */
  | { kind: 'not-sent'; error: ApiError };

// A write that failed this way may still have reached Zoho (read-back.ts names the same kinds on the background's
// side); `answer-lost` is a reply lost between the page and the background, `unexpected-response` a 200 we
// could not read. A batch is never sent twice, so even an `internal` failure is counted as unknown here.
const UNCERTAIN = new Set(['server', 'timeout', 'network', 'answer-lost', 'internal', 'unexpected-response']);

const ALREADY = /already/i;

/** Zoho's answer to one batch, per contact of the batch. */
export function batchOutcomes(contactIds: readonly string[], reply: Reply<ItemResult[]>): Array<[string, Outcome]> {
  if (!reply.ok) {
    const outcome: Outcome = UNCERTAIN.has(reply.error.kind) ? { kind: 'unknown', error: reply.error } : { kind: 'not-sent', error: reply.error };
    return contactIds.map((id) => [id, outcome]);
  }
  const byId = new Map(reply.data.map((item) => [item.id, item]));
  return contactIds.map((id): [string, Outcome] => {
    const item = byId.get(id);
    if (!item) return [id, { kind: 'unknown', error: null }];
    if (item.success) return [id, { kind: 'invited' }];
    return [id, ALREADY.test(`${item.errorCode ?? ''} ${item.message ?? ''}`) ? { kind: 'member', item } : { kind: 'refused', item }];
  });
}

/**
 * Sends the batches one after another, reporting each batch's outcomes as they arrive. After a batch that failed
 * as a whole the rest are not sent: they are reported as not sent, with that batch's reason.
 */
export async function runInvite(
  planned: readonly string[][],
  send: (contactIds: string[]) => Promise<Reply<ItemResult[]>>,
  onBatch: (outcomes: Array<[string, Outcome]>) => void,
): Promise<void> {
  for (let index = 0; index < planned.length; index++) {
    const batch = planned[index]!;
    const reply = await send(batch);
    onBatch(batchOutcomes(batch, reply));
    if (!reply.ok) {
      const rest = planned.slice(index + 1).flat();
      if (rest.length > 0) onBatch(rest.map((id) => [id, { kind: 'not-sent', error: reply.error }]));
      return;
    }
  }
}

/** What a finished (or running) invite learnt, for the next plan: members stay skipped, unknowns too. */
export function learnt(outcomes: ReadonlyMap<string, Outcome>, known: ReadonlyMap<string, Known> = new Map()): Map<string, Known> {
  const next = new Map(known);
  for (const [id, outcome] of outcomes) {
    if (outcome.kind === 'invited' || outcome.kind === 'member') next.set(id, 'member');
    else if (outcome.kind === 'unknown') next.set(id, 'unknown');
  }
  return next;
}

export interface Summary {
  invited: number;
  members: number;
  refused: string[];
  unknown: string[];
  notSent: string[];
}

export function summarize(outcomes: ReadonlyMap<string, Outcome>): Summary {
  const summary: Summary = { invited: 0, members: 0, refused: [], unknown: [], notSent: [] };
  for (const [id, outcome] of outcomes) {
    if (outcome.kind === 'invited') summary.invited++;
    else if (outcome.kind === 'member') summary.members++;
    else if (outcome.kind === 'refused') summary.refused.push(id);
    else if (outcome.kind === 'unknown') summary.unknown.push(id);
    else summary.notSent.push(id);
  }
  return summary;
}
