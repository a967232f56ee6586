import { z } from 'zod';
import type { ItemResult } from '../messages/protocol';
import { zId } from './schemas';

// Mass actions answer 200 even when some items failed: each item carries its own verdict.
const itemSchema = z.object({
  id: zId,
  success: z.boolean().nullish(),
  errors: z
    .object({
      errorCode: z.string().nullish(),
      httpCode: z.union([z.string(), z.number()]).nullish(),
      // The spec (MassActionError.json) names the text `errorMessage` (or `error`); `message` is accepted too.
      errorMessage: z.string().nullish(),
      error: z.string().nullish(),
      message: z.string().nullish(),
    })
    .nullish(),
});

export const massActionResponse = z.object({ results: z.array(itemSchema) }).transform(({ results }): ItemResult[] =>
  results.map((item) => ({
    id: item.id,
    success: item.success === true,
    errorCode: item.success === true ? null : (item.errors?.errorCode ?? null),
    message: item.success === true ? null : (item.errors?.errorMessage ?? item.errors?.message ?? item.errors?.error ?? null),
  })),
);
