import * as z from 'zod/mini';
import type { ItemResult } from '../messages/protocol';
import type { OrgContext } from './context';
import type { QueryValue } from './http';
import { optionalText, zId } from './schemas';

// Mass actions answer 200 even when some items failed: each item carries its own verdict.
const itemSchema = z.object({
  id: zId,
  success: z.nullish(z.boolean()),
  errors: z.nullish(
    z.object({
      errorCode: optionalText,
      httpCode: z.nullish(z.union([z.string(), z.number()])),
      // The spec (MassActionError.json) names the text `errorMessage` (or `error`); `message` is accepted too.
      errorMessage: optionalText,
      error: optionalText,
      message: optionalText,
    }),
  ),
});
type Item = z.infer<typeof itemSchema>;

export const massActionResponse = z.pipe(
  z.object({ results: z.array(itemSchema) }),
  z.transform(({ results }: { results: Item[] }): ItemResult[] =>
    results.map((item) => ({
      id: item.id,
      success: item.success === true,
      errorCode: item.success === true ? null : (item.errors?.errorCode ?? null),
      message: item.success === true ? null : (item.errors?.errorMessage ?? item.errors?.message ?? item.errors?.error ?? null),
    })),
  ),
);

/** One mass action: a POST whose answer is a verdict per item. */
export function postMassAction(ctx: OrgContext, path: string, body: Record<string, unknown>, query?: Record<string, QueryValue>): Promise<ItemResult[]> {
  return ctx.http({ ...ctx, method: 'POST', path, query, body, schema: massActionResponse });
}
