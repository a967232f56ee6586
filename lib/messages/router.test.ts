import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { callKinds, calls, envelopeSchema, extensionPageOnlyKinds } from './protocol';
import { CallError } from './errors';
import { createRouter, type Handlers, type SenderInfo } from './router';
import { senderTrust } from './trusted-sender';
import { makeError } from './protocol';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const deskTab: SenderInfo = {
  id: OWN_ID,
  url: 'https://desk.zoho.com/agent/acme/support/contacts/details/1',
  frameId: 0,
  tab: { id: 7 },
};
const org = { dataCenter: 'us', portal: 'acme' };

function recordingHandlers() {
  const received: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, kind: string) => async () => {
      received.push(kind);
      if (kind === 'contact.get') {
        return { id: '1', firstName: null, lastName: 'A', email: null, secondaryEmail: null, phone: null, mobile: null };
      }
      if (kind === 'helpCenters.list') return [{ id: 'not-an-id' }];
      if (kind === 'badges.catalogue') throw new CallError(makeError('forbidden', 'No permission.', { code: 'FORBIDDEN' }));
      if (kind === 'labels.catalogue') throw new Error('boom');
      return null;
    },
  });
  const route = createRouter(handlers, (sender) => senderTrust(sender, OWN_ID, OWN_ORIGIN));
  return { route, received };
}

const envelope = (kind: string, payload: unknown) => ({ channel: 'desk-companion/v1', kind, payload });

describe('message router', () => {
  it('answers a valid message from a Desk tab with the handler’s data', async () => {
    const { route, received } = recordingHandlers();
    const reply = await route(envelope('contact.get', { org, contactId: '1' }), deskTab);
    expect(reply).toMatchObject({ ok: true, data: { id: '1', lastName: 'A' } });
    expect(received).toEqual(['contact.get']);
  });

  it('keeps a handler’s specific failure and hides an unexpected one', async () => {
    const { route } = recordingHandlers();
    expect(await route(envelope('badges.catalogue', { org }), deskTab)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'FORBIDDEN' },
    });
    expect(await route(envelope('labels.catalogue', { org, helpCenterId: '2' }), deskTab)).toMatchObject({
      ok: false,
      error: { kind: 'internal' },
    });
  });

  it('refuses a reply it would itself fail to validate', async () => {
    const { route } = recordingHandlers();
    expect(await route(envelope('helpCenters.list', { org }), deskTab)).toMatchObject({
      ok: false,
      error: { kind: 'unexpected-response' },
    });
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...deskTab, id: 'zzzz' }],
    ['a sub-frame of a Desk tab', { ...deskTab, frameId: 3 }],
    ['a look-alike host', { ...deskTab, url: 'https://desk.zoho.com.evil.example/agent/x' }],
    ['a plain-http Desk page', { ...deskTab, url: 'http://desk.zoho.com/agent/x' }],
    ['a sender without a URL', { id: OWN_ID, frameId: 0, tab: { id: 1 } }],
    ['a page that is not Desk', { ...deskTab, url: 'https://example.com/' }],
    // URL.origin of a chrome-extension: URL is "null" where the scheme is unknown (Node): never equal to ours.
    ['another extension’s page', { ...deskTab, url: `chrome-extension://${'z'.repeat(32)}/options.html` }],
  ])('refuses %s without calling a handler', async (_name, sender) => {
    const { route, received } = recordingHandlers();
    const reply = await route(envelope('contact.get', { org, contactId: '1' }), sender);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-message' } });
    expect(received).toEqual([]);
  });

  it('trusts its own extension pages', async () => {
    const { route, received } = recordingHandlers();
    await route(envelope('session.get', {}), { id: OWN_ID, url: `${OWN_ORIGIN}options.html` });
    expect(received).toEqual(['session.get']);
  });

  it.each([...extensionPageOnlyKinds])('refuses the options-only kind %s from a content script', async (kind) => {
    const { route, received } = recordingHandlers();
    const payloads: Partial<Record<string, object>> = {
      'config.save': { clientId: '1000.X' },
      'domains.add': { host: 'support.example.com' },
      'domains.remove': { host: 'support.example.com' },
    };
    const payload = payloads[kind] ?? {};
    expect(calls[kind].request.safeParse(payload).success).toBe(true);
    const reply = await route(envelope(kind, payload), deskTab);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-message' } });
    expect(received).toEqual([]);
    // The same message from the options page goes through.
    await route(envelope(kind, payload), { id: OWN_ID, url: `${OWN_ORIGIN}options.html`, tab: { id: 3 } });
    expect(received).toEqual([kind]);
  });

  it('lets the panel ask to connect (it opens only Zoho’s own sign-in window)', async () => {
    const { route, received } = recordingHandlers();
    await route(envelope('session.connect', {}), deskTab);
    expect(received).toEqual(['session.connect']);
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an unknown kind', envelope('tokens.read', {})],
    ['a foreign channel', { channel: 'other', kind: 'session.get', payload: {} }],
    ['an extra envelope key', { ...envelope('session.get', {}), extra: 1 }],
    ['a numeric contact id', envelope('contact.get', { org, contactId: 1 })],
    ['a contact id beyond 20 digits', envelope('contact.get', { org, contactId: '1'.repeat(21) })],
    ['an unknown data center', envelope('contact.get', { org: { dataCenter: 'mars', portal: 'a' }, contactId: '1' })],
    ['a portal with a path', envelope('contact.get', { org: { dataCenter: 'us', portal: '../x' }, contactId: '1' })],
    ['an unexpected payload key', envelope('contact.get', { org, contactId: '1', url: 'https://evil' })],
    ['a prototype-pollution key', JSON.parse('{"channel":"desk-companion/v1","kind":"session.get","payload":{"__proto__":{"admin":true}}}')],
  ])('answers %s with an error and calls nothing', async (_name, message) => {
    const { route, received } = recordingHandlers();
    const reply = await route(message, deskTab);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-message' } });
    expect(received).toEqual([]);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('survives 1,000 arbitrary messages without a crash or a handler call', async () => {
    const { route, received } = recordingHandlers();
    const hostile = fc.oneof(
      fc.anything(),
      fc.record({ channel: fc.constant('desk-companion/v1'), kind: fc.constantFrom(...callKinds), payload: fc.anything() }),
      fc.record({
        channel: fc.constant('desk-companion/v1'),
        kind: fc.constantFrom(...callKinds),
        payload: fc.record({ org: fc.anything(), contactId: fc.oneof(fc.string({ maxLength: 5000 }), fc.integer()) }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (message) => {
        const before = received.length;
        const reply = await route(message, deskTab);
        // Arbitrary data is sometimes a valid request by chance ("session.get" with {}): only those may
        // reach a handler; everything else is refused before any handler runs.
        const parsed = envelopeSchema.safeParse(message);
        const valid = parsed.success && calls[parsed.data.kind].request.safeParse(parsed.data.payload).success;
        const allowed = valid && !extensionPageOnlyKinds.has(parsed.data.kind);
        expect(received.length - before).toBe(allowed ? 1 : 0);
        if (!allowed) expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-message' } });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sender trust on an org’s own Desk domain', () => {
  const registered = new Set(['support.example.com']);
  const tab = { id: OWN_ID, frameId: 0, tab: { id: 9 } };
  it.each([
    ['the registered host', 'https://support.example.com/agent/acme/contacts/details/1', 'content-script'],
    ['a look-alike of it', 'https://support.example.com.evil.example/agent/x', null],
    ['a sibling host', 'https://help.example.com/agent/x', null],
    ['plain http', 'http://support.example.com/agent/x', null],
    ['another port', 'https://support.example.com:8443/agent/x', null],
  ])('%s', (_name, url, trust) => {
    expect(senderTrust({ ...tab, url }, OWN_ID, OWN_ORIGIN, registered)).toBe(trust);
    // Not registered (domain removed or permission revoked): nothing is answered.
    expect(senderTrust({ ...tab, url }, OWN_ID, OWN_ORIGIN)).toBe(null);
  });
});
