import { createContext, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { CallBackground } from '@/lib/messages/call';
import type { CallKind, CallRequest, Contact, Duplicate, HelpCenter, Membership, OrgRef, Session } from '@/lib/messages/protocol';
import type { ContactPage, PanelPage } from '@/lib/page/desk-pages';
import type { UserSetShape } from '@/lib/sections/user-set';
import { contactViewReads, usersOf, type HelpCenterUser, type ViewFacts } from '@/lib/views/contact-view';

export { usersOf, type HelpCenterUser };
import { ResourceStore, type Res } from './store';


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
  duplicates: Res<Duplicate[]> | undefined;
  /** Undefined until the memberships are known. */
  users: HelpCenterUser[] | undefined;
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


/**
 * Starts every read of the view that `facts` allow (lib/views/contact-view.ts) that the store does not hold yet:
 * after the view's opening, when a write or a Retry makes more known (a new help-center user's sets).
 */
function loadView(store: ResourceStore, facts: ViewFacts, sets: readonly UserSetShape[]) {
  for (const read of contactViewReads(facts, sets)) void store.load(read.kind as CallKind, read.payload as CallRequest<CallKind>);
}

/**
 * Opens the view with one message: the background answers its reads as parts, each as soon as it is ready and ok
 * or failed on its own, so every section keeps its own error and Retry. A part makes nothing more known here
 * (the background follows it up itself); if the stream breaks off (the browser stopped the service worker), what
 * did not come is asked for one by one.
 */
function openView(store: ResourceStore, page: PanelPage, api: CallBackground, signal: AbortSignal, sets: readonly UserSetShape[]) {
  const org = orgOf(page);
  const opening = 'ticketId' in page ? { org, ticketId: page.ticketId } : { org, contactId: page.contactId };
  api('view.open', opening, signal, (part) => void store.load(part.kind as CallKind, part.payload as never, false, part.reply as never, true)).then(
    (reply) => {
      if (reply.ok) return;
      const contactId = 'ticketId' in page ? store.read('ticket.contact', { org, ticketId: page.ticketId })?.data?.contactId : page.contactId;
      const memberships = contactId ? store.read('contact.helpCenters', { org, contactId })?.data : undefined;
      loadView(store, { ...opening, contactId, memberships }, sets);
    },
    () => {},
  );
}

export function ContactDataProvider(props: {
  page: PanelPage;
  api: CallBackground;
  signal: AbortSignal;
  navigate: (url: string) => void;
  /** The shapes of the panel's "user's set" sections: their reads are part of the view. */
  sets: readonly UserSetShape[];
  children: ComponentChildren;
}) {
  const { page, api, signal, navigate, sets } = props;
  const org = useMemo(() => orgOf(page), [page.dataCenter, page.portal]);
  // The view opens before the first render, and a revisit renders what this tab's memory holds at once.
  const [store] = useState(() => {
    const created: ResourceStore = new ResourceStore(api, signal, (kind: CallKind, payload, data, fromView) => {
      if (fromView) return;
      if (kind === 'contact.helpCenters') {
        loadView(created, { org, contactId: (payload as { contactId: string }).contactId, memberships: data as Membership[] }, sets);
      }
      if (kind === 'ticket.contact') loadView(created, { org, contactId: (data as { contactId: string }).contactId }, sets);
    });
    openView(created, page, api, created.openSignal, sets);
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
      duplicates: store.read('duplicates.find', { org, contactId }),
      users: memberships?.data ? usersOf(memberships.data) : undefined,
      restart: () => {
        store.reset();
        openView(store, page, api, store.openSignal, sets);
      },
    };
  }, [version, store]);

  return <ContactDataContext.Provider value={value}>{props.children}</ContactDataContext.Provider>;
}

/** True while any of these reads is in flight (for `aria-busy`). */
export function anyLoading(...resources: Array<Res<unknown> | undefined>): boolean {
  return resources.some((res) => !res || res.status === 'loading');
}
