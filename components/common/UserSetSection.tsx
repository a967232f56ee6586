import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/lib/i18n';
import type { CallKind } from '@/lib/messages/protocol';
import { userSetKinds, userSetPlaces, type UserSetPlace, type UserSetShape } from '@/lib/sections/user-set';
import { anyLoading, useContactData, type HelpCenterUser } from '../ContactData/ContactData';
import type { Res } from '../ContactData/store';
import { useActions } from './actions';
import { LoadErrors } from './Alerts';
import { Assignments, groupHeading, UserGroup } from './Assignments';
import { Section } from './Section';
import type { PanelSection } from './panel-section';
import type { UserSetWord } from './user-set-words';

type Word = UserSetWord;
/** A prefix that has every word a user's set section says. */
type PrefixOf<K> = K extends `${infer P}Title` ? (`${P}${Word}` extends MessageKey ? P : never) : never;
type WordPrefix = PrefixOf<MessageKey>;

interface Named {
  id: string;
  name: string;
}

/** A "user's set" section as the panel shows it: the words it uses and how one item looks. */
export interface UserSetView<T extends Named> {
  /** The declaration's shape (lib/sections/), the same name and scopes. */
  shape: UserSetShape;
  /** The prefix of its words in the locale files (user-set-words.ts): `badge` for `badgeTitle`, …. */
  words: WordPrefix;
  renderItem?: (item: T) => ComponentChildren;
}

/** A panel section for one "user's set": one list and picker per help-center user (per help center, if kept so). */
export function userSetSection<T extends Named>(view: UserSetView<T>): PanelSection {
  return { set: view.shape, Component: () => <UserSetSection view={view} /> };
}

function UserSetSection<T extends Named>({ view }: { view: UserSetView<T> }) {
  const data = useContactData();
  const { org, api, signal, store, users } = data;
  const actions = useActions(signal);
  const { shape } = view;
  const say = (word: Word, ...name: string[]) => t(`${view.words}${word}` as MessageKey, ...name);
  const kinds = userSetKinds(shape.name);
  const placesOf = (user: HelpCenterUser) => userSetPlaces(shape, org, user.userId, user.memberships);
  const owned = (place: UserSetPlace) => store.read(kinds.ofUser as CallKind, place.owned as never) as Res<T[]> | undefined;
  const catalogues = (place: UserSetPlace) =>
    place.catalogues.map((payload) => store.read(kinds.catalogue as CallKind, payload as never) as Res<T[]> | undefined);
  const places = (users ?? []).flatMap(placesOf);
  const busy = anyLoading(data.memberships) || places.some((place) => anyLoading(owned(place), ...catalogues(place)));

  return (
    <Section title={say('Title')} busy={busy}>
      {data.memberships?.status === 'error' && !data.memberships.data && <p class="dc-muted">{say('NeedsHelpCenters')}</p>}
      {users?.length === 0 && <p class="dc-muted">{say('NoUser')}</p>}
      {users && users.length > 0 && (
        <>
          <LoadErrors
            items={places.flatMap((place) => [
              { res: owned(place), retry: () => void store.load(kinds.ofUser as CallKind, place.owned as never, true) },
              ...place.catalogues.map((payload) => ({
                res: store.read(kinds.catalogue as CallKind, payload as never),
                retry: () => void store.load(kinds.catalogue as CallKind, payload as never, true),
              })),
            ])}
          />
          {users.flatMap((user) =>
            placesOf(user).map((place) => (
              <UserGroup key={`${place.userId}:${place.helpCenterId ?? ''}`} heading={headingOf(user, place, users.length)}>
                <Assignments<T>
                  place={`${place.userId}:${place.helpCenterId ?? ''}`}
                  owned={owned(place)}
                  catalogue={offered(catalogues(place))}
                  actions={actions}
                  say={say}
                  renderItem={view.renderItem ?? ((item) => <span class="dc-name">{item.name}</span>)}
                  add={(ids, check) => api(kinds.add as CallKind, { ...place.owned, ids, check } as never, signal) as never}
                  remove={(ids, check) => api(kinds.remove as CallKind, { ...place.owned, ids, check } as never, signal) as never}
                  show={(items) => store.show(kinds.ofUser as CallKind, place.owned as never, items as never)}
                />
              </UserGroup>
            )),
          )}
        </>
      )}
    </Section>
  );
}

/** The users' groups are headed by their help centers when there are several users (or one per help center). */
function headingOf(user: HelpCenterUser, place: UserSetPlace, userCount: number): string | null {
  if (place.helpCenterId !== undefined) {
    return user.memberships.find((m) => m.helpCenter.id === place.helpCenterId)?.helpCenter.name ?? groupHeading(user);
  }
  return userCount > 1 ? groupHeading(user) : null;
}

/**
 * What the picker offers: every catalogue of the place together. Undefined while one is still loading, or when
 * none could be read; a catalogue that failed beside others leaves the others offered.
 */
function offered<T extends Named>(parts: Array<Res<T[]> | undefined>): T[] | undefined {
  if (parts.some((res) => !res || (res.status === 'loading' && !res.data))) return undefined;
  if (parts.every((res) => !res?.data)) return undefined;
  const byId = new Map<string, T>();
  for (const res of parts) for (const item of res?.data ?? []) byId.set(item.id, item);
  return [...byId.values()];
}
