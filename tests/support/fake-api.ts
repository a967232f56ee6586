import { vi } from 'vitest';
import type { CallBackground } from '@/lib/messages/call';
import {
  makeError,
  type ApiError,
  type Badge,
  type CallKind,
  type CallRequest,
  type Contact,
  type Duplicate,
  type ErrorKind,
  type HelpCenter,
  type ItemResult,
  type Label,
  type Membership,
  type Reply,
  type Session,
} from '@/lib/messages/protocol';
import type { ContactPage } from '@/lib/page/desk-pages';

/** A small in-memory Zoho behind the panel's protocol, for component tests. */
export interface FakeState {
  session: Session;
  contacts: Contact[];
  helpCenters: HelpCenter[];
  /** contactId → memberships */
  memberships: Record<string, Membership[]>;
  badges: Badge[];
  /** userId → badge ids */
  userBadges: Record<string, string[]>;
  labels: Label[];
  /** userId → label ids */
  userLabels: Record<string, string[]>;
  /** contactId → duplicates */
  duplicates: Record<string, Duplicate[]>;
}

export const page: ContactPage = { dataCenter: 'eu', portal: 'acme', department: 'support', contactId: '1000000000001' };

export function contact(id: string, extra: Partial<Contact> = {}): Contact {
  return {
    id,
    firstName: 'Ann',
    lastName: 'Lee',
    email: 'ann@example.com',
    secondaryEmail: null,
    phone: '+44 20 7946 0000',
    mobile: null,
    accountName: null,
    ...extra,
  };
}

export const hc = (id: string, name: string, extra: Partial<HelpCenter> = {}): HelpCenter => ({
  id,
  name,
  url: `https://help.example.com/${id}`,
  enabled: true,
  ...extra,
});

export function defaultState(): FakeState {
  const helpCenters = [hc('201', 'Customer Portal'), hc('202', 'Partner Portal'), hc('203', 'Dev Portal')];
  return {
    session: { connected: true, dataCenter: 'eu', grant: 'code', configured: true },
    contacts: [contact(page.contactId)],
    helpCenters,
    memberships: {
      [page.contactId]: [{ helpCenter: helpCenters[0]!, userId: '301', userStatus: 'ACTIVE' }],
    },
    badges: [
      { id: '401', name: 'Helper', description: 'Answered 10 questions', iconUrl: 'https://cdn.example.com/helper.png' },
      { id: '402', name: 'Expert', description: null, iconUrl: null },
      { id: '403', name: 'Pioneer', description: null, iconUrl: null },
    ],
    userBadges: { '301': ['401'] },
    labels: [
      { id: '501', name: 'VIP', helpCenterId: '201' },
      { id: '502', name: 'Beta tester', helpCenterId: '201' },
      { id: '503', name: 'Partner', helpCenterId: '202' },
    ],
    userLabels: { '301': ['501'] },
    duplicates: { [page.contactId]: [] },
  };
}

type Override = (payload: any) => Reply<unknown> | undefined;

export interface FakeApi {
  api: CallBackground & ReturnType<typeof vi.fn>;
  state: FakeState;
  /** Every call in order. */
  calls: Array<{ kind: CallKind; payload: any }>;
  callsOf(kind: CallKind): any[];
  /** The next `times` calls of `kind` answer this instead (an ApiError, or a function of the payload). */
  failNext(kind: CallKind, answer: ApiError | Override, times?: number): void;
  /** Items of this write (by id) answer `success:false` with this code, until cleared. */
  failItem(kind: CallKind, id: string, errorCode: string, message?: string | null): void;
  clearItemFailures(): void;
  /** Answers wait until `release()` (the fake ignores the signal, like a late message would). */
  hold(): void;
  release(): Promise<void>;
}

export function apiError(kind: ErrorKind, message = 'Zoho said no.', extra: Partial<ApiError> = {}): ApiError {
  return makeError(kind, message, extra);
}

export function createFakeApi(edit?: (state: FakeState) => void): FakeApi {
  const state = defaultState();
  edit?.(state);
  const calls: FakeApi['calls'] = [];
  const overrides = new Map<CallKind, Array<{ answer: ApiError | Override; times: number }>>();
  const itemFailures = new Map<string, { errorCode: string; message: string | null }>();
  let held: Array<() => void> | null = null;

  const ok = <T>(data: T): Reply<T> => ({ ok: true, data });
  const fail = (kind: ErrorKind, message: string, code: string | null = null): Reply<never> => ({
    ok: false,
    error: makeError(kind, message, { code, requestId: code ? 'req-123' : null }),
  });
  const items = (kind: CallKind, ids: string[], apply: (id: string) => void): Reply<ItemResult[]> =>
    ok(
      ids.map((id) => {
        const failure = itemFailures.get(`${kind}:${id}`);
        if (failure) return { id, success: false, errorCode: failure.errorCode, message: failure.message };
        apply(id);
        return { id, success: true, errorCode: null, message: null };
      }),
    );
  const membershipsOf = (contactId: string) => (state.memberships[contactId] ??= []);
  const userMemberships = (userId: string) => Object.values(state.memberships).flat().filter((m) => m.userId === userId);
  let nextUserId = 900;

  function answer(kind: CallKind, payload: any): Reply<unknown> {
    const queue = overrides.get(kind);
    const override = queue?.[0];
    if (override) {
      override.times -= 1;
      if (override.times <= 0) queue.shift();
      const result = typeof override.answer === 'function' ? override.answer(payload) : { ok: false as const, error: override.answer };
      if (result) return result;
    }
    switch (kind) {
      case 'session.get':
        return ok(state.session);
      case 'session.connect':
        state.session = { ...state.session, connected: true, configured: true };
        return ok(state.session);
      case 'session.disconnect':
        state.session = { ...state.session, connected: false };
        return ok(state.session);
      case 'options.open':
      case 'contact.open':
        return ok(null);
      case 'contact.get': {
        const found = state.contacts.find((c) => c.id === payload.contactId);
        return found ? ok(structuredClone(found)) : fail('not-found', 'No such contact.', 'URL_NOT_FOUND');
      }
      case 'contact.helpCenters':
        return ok(structuredClone(membershipsOf(payload.contactId)));
      case 'helpCenters.list':
        return ok(structuredClone(state.helpCenters));
      case 'helpCenters.approve':
        return items(kind, payload.helpCenterIds, (id) => {
          const m = membershipsOf(payload.contactId).find((x) => x.helpCenter.id === id);
          if (m) m.userStatus = 'ACTIVE';
        });
      case 'helpCenters.reject':
        return items(kind, payload.helpCenterIds, (id) => {
          state.memberships[payload.contactId] = membershipsOf(payload.contactId).filter((x) => x.helpCenter.id !== id);
        });
      case 'helpCenters.invite': {
        const person = state.contacts.find((c) => c.id === payload.contactId);
        if (!person?.email) return fail('invalid', 'The contact has no email address.', 'INVALID_DATA');
        const list = membershipsOf(payload.contactId);
        const existing = list.find((x) => x.helpCenter.id === payload.helpCenterId);
        if (existing) existing.userStatus = 'INVITED';
        else {
          const center = state.helpCenters.find((h) => h.id === payload.helpCenterId);
          if (!center) return fail('not-found', 'No such help center.', 'URL_NOT_FOUND');
          list.push({ helpCenter: center, userId: String(nextUserId++), userStatus: 'INVITED' });
        }
        return ok(null);
      }
      case 'users.setStatus':
        for (const m of userMemberships(payload.userId)) m.userStatus = payload.status;
        return ok(null);
      case 'badges.ofUser':
        return ok(state.badges.filter((b) => (state.userBadges[payload.userId] ?? []).includes(b.id)));
      case 'badges.catalogue':
        return ok(structuredClone(state.badges));
      case 'badges.award':
        return items(kind, payload.badgeIds, (id) => {
          (state.userBadges[payload.userId] ??= []).push(id);
        });
      case 'badges.revoke':
        return items(kind, payload.badgeIds, (id) => {
          state.userBadges[payload.userId] = (state.userBadges[payload.userId] ?? []).filter((x) => x !== id);
        });
      case 'labels.ofUser':
        return ok(state.labels.filter((l) => (state.userLabels[payload.userId] ?? []).includes(l.id)));
      case 'labels.catalogue':
        return ok(state.labels.filter((l) => l.helpCenterId === payload.helpCenterId));
      case 'labels.assign':
        return items(kind, payload.labelIds, (id) => {
          (state.userLabels[payload.userId] ??= []).push(id);
        });
      case 'labels.remove':
        return items(kind, payload.labelIds, (id) => {
          state.userLabels[payload.userId] = (state.userLabels[payload.userId] ?? []).filter((x) => x !== id);
        });
      case 'duplicates.find':
        return ok(structuredClone(state.duplicates[payload.contactId] ?? []));
      case 'contacts.merge':
        return ok({ survivorId: payload.keepId });
      default:
        // Options-page kinds: the panel never sends them.
        return fail('bad-message', `The panel sent ${kind}, which is for the options page only.`);
    }
  }

  const api = vi.fn(async (kind: CallKind, payload: CallRequest<CallKind>, _signal?: AbortSignal) => {
    calls.push({ kind, payload: structuredClone(payload) });
    if (held) await new Promise<void>((resolve) => held?.push(resolve));
    else await Promise.resolve();
    return answer(kind, payload);
  });

  return {
    api: api as unknown as FakeApi['api'],
    state,
    calls,
    callsOf: (kind) => calls.filter((c) => c.kind === kind).map((c) => c.payload),
    failNext(kind, answer, times = 1) {
      const queue = overrides.get(kind) ?? [];
      queue.push({ answer, times });
      overrides.set(kind, queue);
    },
    failItem(kind, id, errorCode, message = null) {
      itemFailures.set(`${kind}:${id}`, { errorCode, message });
    },
    clearItemFailures: () => itemFailures.clear(),
    hold() {
      held ??= [];
    },
    async release() {
      const waiting = held ?? [];
      held = null;
      for (const resolve of waiting) resolve();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}
