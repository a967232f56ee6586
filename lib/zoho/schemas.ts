import * as z from 'zod/mini';

// zod/mini, not classic zod: classic cannot be tree-shaken (its methods, JSON-schema export and English error
// texts come along with the first schema), and it alone would cost the background about a fifth of its budget.

/**
 * A Zoho id as the spec allows it (digit string, or an integer) normalised to the digit string the protocol
 * carries. Integers a double cannot hold exactly were already turned into strings by parseJsonLossless; a
 * number that still arrives here unsafe (it cannot, unless parsed elsewhere) is refused, never rounded.
 */
export const zId = z.union([
  z.string().check(z.regex(/^\d{1,20}$/)),
  z.pipe(
    z.number().check(z.int(), z.nonnegative(), z.refine((value) => Number.isSafeInteger(value), 'unsafe integer id')),
    z.transform((value: number) => String(value)),
  ),
]);

/** Zoho sends absent text as null, sometimes leaves it out: both become null. */
export const text = z.pipe(
  z.nullish(z.string()),
  z.transform((value: string | null | undefined) => value ?? null),
);

/** An error body: `{"errorCode","message","errors":[{"fieldName",…}]}`; every part optional, it is only read. */
/** A string Zoho may leave out or send as null. */
export const optionalText = z.nullish(z.string());
export const errorBody = z.object({
  errorCode: optionalText,
  message: optionalText,
  errors: z.nullish(z.array(z.looseObject({ fieldName: optionalText, errorType: optionalText, errorMessage: optionalText }))),
});
export type ZohoErrorBody = z.infer<typeof errorBody>;
