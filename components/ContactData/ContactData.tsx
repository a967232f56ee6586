import { createContext, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { CallBackground } from '@/lib/messages/call';
import type {
  Badge,
  CallKind,
  Contact,
  Duplicate,
  HelpCenter,
  Label,
  Membership,
  OrgRef,
  Session,
} from '@/lib/messages/protocol';
import type { ContactPage, PanelPage } from '@/lib/page/desk-pages';
import { ResourceStore, type Res } from './store';

/** A help-center user of the contact: one userId, possibly in several help centers. */
export interface HelpCenterUser {
  userId: string;
  memberships: Membership[];
}

export interface ContactDataValue {
  /** On a ticket page, its contactId is '' until the requester is known: the sections render only after. */
  page: ContactPage;
  /** A ticket page's lookup of its requester; undefined on a contact page. */
  ticket: Res<{ contactId: string }> | undefined;
  org: OrgRef;
  api: CallBackground;
  signal: AbortSignal;
  navigate: (url: string) => void;
  store: ResourceStore;
  session: Res<Session> | undefined;
  contact: Res<Contact> | undefined;
  memberships: Res<Membership[]> | undefined;
  helpCenters: Res<HelpCenter[]> | undefined;
  badgeCatalogue: Res<Badge[]> | undefined;
  duplicates: Res<Duplicate[]> | undefined;
  /** Undefined until the memberships are known. */
  users: HelpCenterUser[] | undefined;
  badgesOf(userId: string): Res<Badge[]> | undefined;
  labelsOf(userId: string): Res<Label[]> | undefined;
  /** One catalogue read per help center of the user. */
  labelCataloguesOf(user: HelpCenterUser): Array<Res<Label[]> | undefined>;
  /** Forgets everything and loads the view again. */
  restart(): void;
}

/** Exported for the merge dialog, which is injected on demand and renders in a root of its own. */
export const ContactDataContext = createContext<ContactDataValue | null>(null);

export function useContactData(): ContactDataValue {
  const value = useContext(ContactDataContext);
  if (!value) throw new Error('useContactData outside ContactDataProvider');
  return value;
}

export function orgOf(page: PanelPage): OrgRef {
  return { dataCenter: page.dataCenter, portal: page.portal };
}

export function usersOf(memberships: Membership[]): HelpCenterUser[] {
  const byUser = new Map<string, HelpCenterUser>();
  for (const membership of memberships) {
    const user = byUser.get(membership.userId) ?? { userId: membership.userId, memberships: [] };
    user.memberships.push(membership);
    byUser.set(membership.userId, user);
  }
  return [...byUser.values()];
}

/**
 * Level 1: everything that only needs the page, fired at once, the view's own reads first; a ticket page's contact
 * reads wait for its requester. The background starts the reads that follow (contact.open, or the ticket's
 * lookup), so the panel's later requests find them under way.
 */
function startLoading(store: ResourceStore, page: PanelPage, api: CallBackground, signal: AbortSignal) {
  const org = orgOf(page);
  if ('ticketId' in page) void store.load('ticket.contact', { org, ticketId: page.ticketId });
  else {
    api('contact.open', { org, contactId: page.contactId }, signal).catch(() => {});
    loadContact(store, org, page.contactId);
  }
  void store.load('session.get', {});
  void store.load('helpCenters.list', { org });
  void store.load('badges.catalogue', { org });
}

function loadContact(store: ResourceStore, org: OrgRef, contactId: string) {
  void store.load('contact.get', { org, contactId });
  void store.load('contact.helpCenters', { org, contactId });
  void store.load('duplicates.find', { org, contactId });
}

/** Level 2: as soon as the memberships arrive, each user's badges and labels and their label catalogues. */
function loadUsers(store: ResourceStore, org: OrgRef, memberships: Membership[]) {
  for (const user of usersOf(memberships)) {
    void store.load('badges.ofUser', { org, userId: user.userId });
    void store.load('labels.ofUser', { org, userId: user.userId });
  }
  for (const helpCenterId of new Set(memberships.map((m) => m.helpCenter.id))) {
    void store.load('labels.catalogue', { org, helpCenterId });
  }
}

export function ContactDataProvider(props: {
  page: PanelPage;
  api: CallBackground;
  signal: AbortSignal;
  navigate: (url: string) => void;
  children: ComponentChildren;
}) {
  const { page, api, signal, navigate } = props;
  const org = useMemo(() => orgOf(page), [page.dataCenter, page.portal]);
  // The reads start before the first render: a revisit answered from this tab's memory renders its data at once,
  // not an empty view first and the data one render later.
  const [store] = useState(() => {
    const created: ResourceStore = new ResourceStore(api, signal, (kind: CallKind, _payload, data) => {
      if (kind === 'contact.helpCenters') loadUsers(created, org, data as Membership[]);
      if (kind === 'ticket.contact') loadContact(created, org, (data as { contactId: string }).contactId);
    });
    startLoading(created, page, api, signal);
    return created;
  });
  const [version, setVersion] = useState(0);

  // A layout effect, not useEffect: an answer arriving before the frame after the first paint still renders.
  useLayoutEffect(() => {
    const unsubscribe = store.subscribe(() => setVersion((v) => v + 1));
    return () => {
      unsubscribe();
      store.dispose();
    };
  }, []);

  const value = useMemo<ContactDataValue>(() => {
    const ticket = 'ticketId' in page ? store.read('ticket.contact', { org, ticketId: page.ticketId }) : undefined;
    const contactId = 'ticketId' in page ? (ticket?.data?.contactId ?? '') : page.contactId;
    const memberships = store.read('contact.helpCenters', { org, contactId });
    return {
      page: { ...page, contactId },
      ticket,
      org,
      api,
      signal,
      navigate,
      store,
      session: store.read('session.get', {}),
      contact: store.read('contact.get', { org, contactId }),
      memberships,
      helpCenters: store.read('helpCenters.list', { org }),
      badgeCatalogue: store.read('badges.catalogue', { org }),
      duplicates: store.read('duplicates.find', { org, contactId }),
      users: memberships?.data ? usersOf(memberships.data) : undefined,
      badgesOf: (userId) => store.read('badges.ofUser', { org, userId }),
      labelsOf: (userId) => store.read('labels.ofUser', { org, userId }),
      labelCataloguesOf: (user) =>
        [...new Set(user.memberships.map((m) => m.helpCenter.id))].map((helpCenterId) =>
          store.read('labels.catalogue', { org, helpCenterId }),
        ),
      restart: () => {
        store.reset();
        startLoading(store, page, api, signal);
      },
    };
  }, [version, store]);

  return <ContactDataContext.Provider value={value}>{props.children}</ContactDataContext.Provider>;
}

/** True while any of these reads is in flight (for `aria-busy`). */
export function anyLoading(...resources: Array<Res<unknown> | undefined>): boolean {
  return resources.some((res) => !res || res.status === 'loading');
}
