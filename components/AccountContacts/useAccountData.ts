import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { CallBackground } from '@/lib/messages/call';
import type { AccountContact, CallReply, CallRequest, HelpCenter, OrgRef, RunGroup, Session } from '@/lib/messages/protocol';
import type { AccountPage } from '@/lib/page/desk-pages';
import { ResourceStore, type Res } from '../ContactData/store';

export interface AccountData {
  org: OrgRef;
  store: ResourceStore;
  session: Res<Session> | undefined;
  helpCenters: Res<HelpCenter[]> | undefined;
  /** Every group of every help center (for adding everyone to one). */
  groups: Res<RunGroup[]> | undefined;
  /** Every contact listed so far, in Zoho's order. */
  contacts: AccountContact[];
  /** True once the last page has arrived. */
  complete: boolean;
  /** The page that failed (its Retry reads it again), if any. */
  failedPage: { res: Res<unknown>; retry: () => void } | undefined;
  restart(): void;
}

/**
 * The account page's reads: the session, the help centers, and the account's contacts a page at a time, each
 * page asked for as soon as the one before it arrives, so the first hundred show while the rest load.
 */
export function useAccountData(page: AccountPage, api: CallBackground, signal: AbortSignal): AccountData {
  const org = useMemo(() => ({ dataCenter: page.dataCenter, portal: page.portal }), [page.dataCenter, page.portal]);
  const accountId = page.accountId;
  const [store] = useState(
    () =>
      new ResourceStore(api, signal, (kind, _payload, data) => {
        const next = kind === 'account.contacts' ? (data as { next: number | null }).next : null;
        if (next !== null) void store.load('account.contacts', { org, accountId, from: next });
      }),
  );
  const [version, setVersion] = useState(0);

  const start = () => {
    void store.load('session.get', {});
    void store.load('helpCenters.list', { org });
    void store.load('run.groups', { org });
    void store.load('account.contacts', { org, accountId, from: 0 });
  };

  useLayoutEffect(() => {
    const unsubscribe = store.subscribe(() => setVersion((v) => v + 1));
    start();
    return () => {
      unsubscribe();
      store.dispose();
    };
  }, []);

  return useMemo(() => {
    const contacts: AccountContact[] = [];
    let complete = false;
    let failedPage: AccountData['failedPage'];
    // Follows the pages in order; a bound on the walk keeps a misbehaving `next` from looping.
    for (let from: number | null = 0, pages = 0; from !== null && pages < 1_000; pages++) {
      const payload: CallRequest<'account.contacts'> = { org, accountId, from };
      const res: Res<CallReply<'account.contacts'>> | undefined = store.read('account.contacts', payload);
      if (res?.data) contacts.push(...res.data.contacts);
      if (res?.status === 'error') failedPage = { res, retry: () => void store.load('account.contacts', payload, true) };
      if (res?.status !== 'ok') break;
      from = res.data.next;
      complete = from === null;
    }
    return {
      org,
      store,
      session: store.read('session.get', {}),
      helpCenters: store.read('helpCenters.list', { org }),
      groups: store.read('run.groups', { org }),
      contacts,
      complete,
      failedPage,
      restart: () => {
        store.reset();
        start();
      },
    };
  }, [version, store]);
}
