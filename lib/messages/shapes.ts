import * as z from 'zod/mini';
import { DATA_CENTER_IDS } from '../data-centers';
import { errorKinds, isApiError, makeError, type ApiError, type ErrorKind } from './errors';

// The shapes the message protocol (protocol.ts) carries: what the background sends back, already normalised
// from Zoho's JSON. zod/mini, not zod: the content script bundles these schemas and classic zod alone would blow
// its 20 KB gzip budget several times over.

// Zoho ids are 64-bit: they travel as digit strings, never as numbers.
export const zohoId = z.string().check(z.regex(/^\d{1,20}$/));
const shortText = z.string().check(z.maxLength(2_000));

export const dataCenterSchema = z.enum(DATA_CENTER_IDS as [string, ...string[]]);

/** Which org a request is about: the Desk host's data center and the `/agent/<portal>/` segment. */
export const orgRefSchema = z.strictObject({
  dataCenter: dataCenterSchema,
  portal: z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,100}$/)),
});
export type OrgRef = z.infer<typeof orgRefSchema>;

// ---- domain shapes the background sends back (already normalised from Zoho's JSON) ----

export const contactSchema = z.object({
  id: zohoId,
  firstName: z.nullable(z.string()),
  lastName: z.nullable(z.string()),
  email: z.nullable(z.string()),
  secondaryEmail: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  mobile: z.nullable(z.string()),
  accountName: z.optional(z.nullable(z.string())),
  accountId: z.optional(z.nullable(zohoId)),
  /** Field values the merge dialog compares, keyed by Zoho's field name. */
  mergeFields: z.optional(z.record(z.string(), z.nullable(z.string()))),
});
export type Contact = z.infer<typeof contactSchema>;

export const helpCenterSchema = z.object({
  id: zohoId,
  name: z.string(),
  url: z.nullable(z.string()),
  enabled: z.boolean(),
});
export type HelpCenter = z.infer<typeof helpCenterSchema>;

/** One entry of `GET /contacts/{id}/helpCenters`: the contact as a user of that help center. */
export const membershipSchema = z.object({
  helpCenter: helpCenterSchema,
  userId: zohoId,
  userStatus: z.string(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const badgeSchema = z.object({
  id: zohoId,
  name: z.string(),
  description: z.nullable(z.string()),
  iconUrl: z.nullable(z.string()),
});
export type Badge = z.infer<typeof badgeSchema>;

export const labelSchema = z.object({
  id: zohoId,
  name: z.string(),
  helpCenterId: z.nullable(zohoId),
});
export type Label = z.infer<typeof labelSchema>;

/** A help-center user group: it belongs to one help center. */
export const groupSchema = z.object({ id: zohoId, name: z.string(), helpCenterId: zohoId });
export type Group = z.infer<typeof groupSchema>;

/** One contact of an account's list: enough to say whether it can be invited. */
export const accountContactSchema = z.object({
  id: zohoId,
  firstName: z.nullable(z.string()),
  lastName: z.nullable(z.string()),
  email: z.nullable(z.string()),
  /** A user of some help center (the list does not say which). */
  isEndUser: z.boolean(),
});
export type AccountContact = z.infer<typeof accountContactSchema>;

export const duplicateSchema = z.object({
  contact: contactSchema,
  matchedOn: z.array(z.enum(['email', 'phone'])).check(z.minLength(1)),
  /**
   * Why Zoho would refuse to merge them: this contact, or the duplicate, is a help-center user. Absent when the
   * merge is possible or when that could not be found out.
   */
  mergeBlocked: z.optional(z.enum(['contact', 'duplicate'])),
});
export type Duplicate = z.infer<typeof duplicateSchema>;

export { errorKinds, makeError, isApiError };
export type { ApiError, ErrorKind };

export const apiErrorSchema = z.object({
  kind: z.enum(errorKinds),
  /** Plain words for the agent. */
  message: shortText,
  /** Zoho's errorCode, when Zoho sent one. */
  code: z.nullable(z.string().check(z.maxLength(100))),
  /** Zoho's request id, so a support case can be traced. */
  requestId: z.nullable(z.string().check(z.maxLength(200))),
  /** For rate limits: when the background will try again on its own. */
  retryInMs: z.nullable(z.int().check(z.gte(0))),
});
// The schema and the zod-free interface in errors.ts must describe the same thing.
const _sameApiError: z.infer<typeof apiErrorSchema> extends ApiError ? (ApiError extends z.infer<typeof apiErrorSchema> ? true : never) : never = true;
void _sameApiError;

/** One item of a Zoho mass action: Zoho answers 200 even when items fail. */
export const itemResultSchema = z.object({
  id: zohoId,
  success: z.boolean(),
  errorCode: z.nullable(z.string()),
  message: z.nullable(z.string()),
});
export type ItemResult = z.infer<typeof itemResultSchema>;

/**
 * How a write is checked against Zoho's state before anything is sent: 'only' reads the state and sends nothing
 * (the panel lost the background's answer), 'then-send' reads it and sends the write for what it shows undone
 * (Retry after an outcome that is still unknown).
 */
export const writeCheckSchema = z.enum(['only', 'then-send']);
export type WriteCheck = z.infer<typeof writeCheckSchema>;

/**
 * What a write answers: Zoho's result per item and the state after it (the contact's memberships, a user's badges
 * or labels), so the panel shows it without reading again.
 */
export const writeReplySchema = <S extends z.ZodMiniType>(state: S) =>
  z.strictObject({
    items: z.array(itemResultSchema),
    /** null: not known (Zoho's answer was lost and reading the state back failed too, or the read after it did). */
    state: z.nullable(state),
    /**
     * Zoho's answer was lost (a timeout, a 5xx, the network): the failure, for the items the state shows undone.
     * With no state beside it, whether the write happened is unknown.
     */
    lost: z.nullable(apiErrorSchema),
  });
export interface WriteReply<S> {
  items: ItemResult[];
  state: S | null;
  lost: ApiError | null;
}

export const sessionSchema = z.object({
  connected: z.boolean(),
  dataCenter: z.nullable(dataCenterSchema),
  grant: z.nullable(z.enum(['code', 'implicit'])),
  configured: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

/** What the options page shows about the Zoho API client. Never the secret itself: only whether one is set. */
export const configViewSchema = z.object({
  clientId: z.nullable(z.string()),
  clientIdSource: z.nullable(z.enum(['policy', 'options', 'build'])),
  hasClientSecret: z.boolean(),
  /** Which settings an enterprise policy fixes (shown read-only). */
  managed: z.object({ clientId: z.boolean(), clientSecret: z.boolean(), allowedPortals: z.boolean() }),
  allowedPortals: z.nullable(z.array(z.string())),
  /** The redirect URI to register with the Zoho client. */
  redirectUri: z.string(),
  scopes: z.string(),
});
export type ConfigView = z.infer<typeof configViewSchema>;

/** One custom Desk domain on the options page: `managed` ones come from the policy and cannot be removed there. */
export const customDomainsViewSchema = z.array(z.object({ host: z.string(), managed: z.boolean(), granted: z.boolean() }));
export type CustomDomainsView = z.infer<typeof customDomainsViewSchema>;

/** One recent failure, for the options page's diagnostics list. */
export const diagnosticEntrySchema = z.object({
  time: z.number(),
  call: z.string(),
  kind: z.enum(errorKinds),
  code: z.nullable(z.string()),
  message: z.string(),
  requestId: z.nullable(z.string()),
});
export type DiagnosticEntry = z.infer<typeof diagnosticEntrySchema>;
