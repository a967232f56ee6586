import * as z from 'zod/mini';
import type { ApiError } from './errors';
import { CHANNEL } from './channel';
import { sectionCalls } from './section-calls';
import {
  accountContactSchema,
  configViewSchema,
  contactSchema,
  customDomainsViewSchema,
  dataCenterSchema,
  diagnosticEntrySchema,
  duplicateSchema,
  helpCenterSchema,
  itemResultSchema,
  membershipSchema,
  orgRefSchema,
  sessionSchema,
  writeCheckSchema,
  writeReplySchema,
  zohoId,
} from './shapes';

// The one message protocol between the content script (and the options page) and the background.
// Every request and every reply is parsed with these schemas on both sides: the background trusts
// nothing it receives, and the panel trusts nothing it is answered.

export * from './shapes';

const ids = z.array(zohoId).check(z.minLength(1), z.maxLength(50));
const check = z.optional(writeCheckSchema);
const membershipsAfter = writeReplySchema(z.array(membershipSchema));

// ---- requests: one entry per kind, with the reply schema beside it ----

export const calls = {
  // Each section's own kinds, derived from its declaration (lib/sections/).
  ...sectionCalls,
  'session.get': { request: z.strictObject({}), reply: sessionSchema },
  'session.connect': {
    request: z.strictObject({ grant: z.optional(z.enum(['code', 'implicit'])) }),
    reply: sessionSchema,
  },
  'session.disconnect': { request: z.strictObject({}), reply: sessionSchema },
  'options.open': { request: z.strictObject({}), reply: z.null() },
  /** A content script on a host that is not Zoho's: the registered custom domain it is on, and its data center. */
  'site.get': { request: z.strictObject({}), reply: z.nullable(z.strictObject({ host: z.string(), dataCenter: dataCenterSchema })) },
  /**
   * The content script asks for the panel's code once it is on a contact page (see entrypoints/panel.ts), or for
   * the account panel's on an account page.
   */
  'panel.load': { request: z.strictObject({ panel: z.optional(z.enum(['account', 'merge'])) }), reply: z.null() },

  // Options page only (see extensionPageOnlyKinds).
  'config.get': { request: z.strictObject({}), reply: configViewSchema },
  'config.save': {
    request: z.strictObject({
      clientId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,200}$/)),
      /** Absent or empty: keep the saved secret (when the client id is unchanged); null: forget it. */
      clientSecret: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
    }),
    reply: configViewSchema,
  },
  /** An org's own Desk domains: the agent's (removable) and the policy's, each with whether the origin is granted. */
  'domains.list': { request: z.strictObject({}), reply: customDomainsViewSchema },
  /** After the options page got the origin granted (the request needs the agent's click, so it is made there). */
  'domains.add': { request: z.strictObject({ host: z.string().check(z.maxLength(300)) }), reply: customDomainsViewSchema },
  'domains.remove': { request: z.strictObject({ host: z.string().check(z.maxLength(300)) }), reply: customDomainsViewSchema },
  'diagnostics.list': { request: z.strictObject({}), reply: z.array(diagnosticEntrySchema) },
  'diagnostics.clear': { request: z.strictObject({}), reply: z.null() },

  'contact.get': {
    request: z.strictObject({ org: orgRefSchema, contactId: zohoId }),
    reply: contactSchema,
  },
  /**
   * Opens a contact view (a contact's, or a ticket's requester's): the background answers each of the view's reads
   * (lib/views/contact-view.ts) as a part of its own as soon as it is ready, ok or failed on its own, and the reply
   * once every part is sent. Only over a port (lib/messages/call.ts): a one-off message cannot carry the parts.
   */
  'view.open': {
    request: z.strictObject({ org: orgRefSchema, contactId: z.optional(zohoId), ticketId: z.optional(zohoId) }),
    reply: z.null(),
  },
  /** A ticket page's requester: the panel is about that contact. */
  'ticket.contact': {
    request: z.strictObject({ org: orgRefSchema, ticketId: zohoId }),
    reply: z.strictObject({ contactId: zohoId }),
  },
  'contact.helpCenters': {
    request: z.strictObject({ org: orgRefSchema, contactId: zohoId }),
    reply: z.array(membershipSchema),
  },
  'helpCenters.list': { request: z.strictObject({ org: orgRefSchema }), reply: z.array(helpCenterSchema) },
  // The writes: each answers with the state after it (writeReplySchema) and can be checked first (`check`).
  'helpCenters.approve': {
    request: z.strictObject({ org: orgRefSchema, contactId: zohoId, helpCenterIds: ids, check }),
    reply: membershipsAfter,
  },
  'helpCenters.reject': {
    request: z.strictObject({ org: orgRefSchema, contactId: zohoId, helpCenterIds: ids, check }),
    reply: membershipsAfter,
  },
  /** Its one item is the help center. */
  'helpCenters.invite': {
    request: z.strictObject({ org: orgRefSchema, contactId: zohoId, helpCenterId: zohoId, check }),
    reply: membershipsAfter,
  },
  /** In one help center: the same user id can stand in several. */
  'users.setStatus': {
    request: z.strictObject({
      org: orgRefSchema,
      contactId: zohoId,
      userId: zohoId,
      helpCenterId: zohoId,
      status: z.enum(['ACTIVE', 'DISABLED']),
      check,
    }),
    /** Its one item is the user. */
    reply: membershipsAfter,
  },

  'duplicates.find': {
    request: z.strictObject({ org: orgRefSchema, contactId: zohoId }),
    reply: z.array(duplicateSchema),
  },
  'account.contacts': {
    request: z.strictObject({ org: orgRefSchema, accountId: zohoId, from: z.int().check(z.gte(0), z.lte(100_000)) }),
    reply: z.strictObject({ contacts: z.array(accountContactSchema), next: z.nullable(z.int()) }),
  },
  /** One batch of a bulk invite: Zoho's answer per contact. */
  'account.invite': {
    request: z.strictObject({ org: orgRefSchema, helpCenterId: zohoId, contactIds: ids }),
    reply: z.array(itemResultSchema),
  },
  'contacts.merge': {
    request: z.strictObject({
      org: orgRefSchema,
      /** The record that survives. */
      keepId: zohoId,
      /** The records merged into it (Zoho's `ids`). */
      mergeIds: z.array(zohoId).check(z.minLength(1), z.maxLength(3)),
      /** Zoho field name → id of the contact whose value is kept. */
      source: z.record(z.string().check(z.regex(/^[A-Za-z0-9_]{1,100}$/)), zohoId),
    }),
    reply: z.strictObject({ survivorId: zohoId }),
  },
} as const;

export type CallKind = keyof typeof calls;
export type CallRequest<K extends CallKind> = z.infer<(typeof calls)[K]['request']>;
export type CallReply<K extends CallKind> = z.infer<(typeof calls)[K]['reply']>;

export const callKinds = Object.keys(calls) as CallKind[];

/**
 * Kinds only the extension's own pages may send: they change or reveal the sign-in's configuration. A content
 * script runs next to a web page and gets none of them (session.connect stays open to it: the panel's
 * "Connect to Zoho" only opens Zoho's own sign-in window).
 */
export const extensionPageOnlyKinds: ReadonlySet<CallKind> = new Set<CallKind>([
  'session.disconnect',
  'config.get',
  'config.save',
  'diagnostics.list',
  'diagnostics.clear',
  'domains.list',
  'domains.add',
  'domains.remove',
]);

/** The envelope on the wire. `kind` picks the schema; nothing else is accepted. */
export const envelopeSchema = z.strictObject({
  channel: z.literal(CHANNEL),
  kind: z.enum(callKinds as [CallKind, ...CallKind[]]),
  payload: z.unknown(),
});

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ApiError };

