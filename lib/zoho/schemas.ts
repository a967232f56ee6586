import { z } from 'zod';

// Classic zod is fine here: lib/zoho runs only in the background, never in the content script.

/**
 * A Zoho id as the spec allows it (digit string, or an integer) normalised to the digit string the protocol
 * carries. Integers a double cannot hold exactly were already turned into strings by parseJsonLossless; a
 * number that still arrives here unsafe (it cannot, unless parsed elsewhere) is refused, never rounded.
 */
export const zId = z.union([
  z.string().regex(/^\d{1,20}$/),
  z
    .number()
    .int()
    .nonnegative()
    .refine((value) => Number.isSafeInteger(value), 'unsafe integer id')
    .transform((value) => String(value)),
]);

/** Zoho sends absent text as null, sometimes leaves it out: both become null. */
export const text = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

/** An error body: `{"errorCode","message","errors":[{"fieldName",…}]}`; every part optional, it is only read. */
export const errorBody = z.object({
  errorCode: z.string().nullish(),
  message: z.string().nullish(),
  errors: z
    .array(z.object({ fieldName: z.string().nullish(), errorType: z.string().nullish(), errorMessage: z.string().nullish() }).passthrough())
    .nullish(),
});
export type ZohoErrorBody = z.infer<typeof errorBody>;
