import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { HelpCenterUser } from '../ContactData/ContactData';
import type { Res } from '../ContactData/store';
import type { useActions, WriteSpec } from './actions';
import { FailureAlert } from './Alerts';
import { byAgent } from './trusted';
import type { UserSetWord } from './user-set-words';

interface Named {
  id: string;
  name: string;
}

/**
 * What one help-center user has of a catalogue (badges, labels): a list with a remove button per item, and a
 * select of what is left with an add button. Each write answers with the user's items after it.
 */
export function Assignments<T extends Named>(props: {
  /** Whose set this is (a user, or a user in one help center): its writes' busy state and failures are kept under it. */
  place: string;
  owned: Res<T[]> | undefined;
  /** Undefined while loading. */
  catalogue: T[] | undefined;
  actions: ReturnType<typeof useActions>;
  /** The section's words (user-set-words.ts): `RemoveName` is the remove button's accessible name and, like `AddName`, the action in its errors. */
  say: (word: UserSetWord, ...names: string[]) => string;
  renderItem: (item: T) => ComponentChildren;
  add: WriteSpec<T[]>['send'];
  remove: WriteSpec<T[]>['send'];
  /** Shows the user's items after a write; null: not known, read them again. */
  show: (items: T[] | null) => void;
}) {
  const { actions, place, say } = props;
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const owned = props.owned?.data;
  const ownedIds = new Set((owned ?? []).map((item) => item.id));
  const available = props.catalogue?.filter((item) => !ownedIds.has(item.id));
  const selected = available?.some((item) => item.id === choice) ? choice : '';
  const addKey = `${place}:add`;
  const removeKey = (id: string) => `${place}:remove:${id}`;
  const nameIn = (id: string, list: T[] | undefined) => list?.find((item) => item.id === id)?.name ?? t('panelThisItem');

  const write = (key: string, id: string, action: string, send: WriteSpec<T[]>['send']) =>
    actions.write({ ids: [id], keyOf: () => key, action: () => action, send, show: props.show });
  const doAdd = (id: string, name: string) => write(addKey, id, say('AddName', name), props.add);
  const doRemove = (id: string, name: string) => write(removeKey(id), id, say('RemoveName', name), props.remove);

  return (
    <div class="dc-assignments">
      {owned && owned.length === 0 && <p class="dc-muted">{say('None')}</p>}
      {owned && owned.length > 0 && (
        <ul class="dc-list">
          {owned.map((item) => (
            <li class="dc-item" key={item.id}>
              <div class="dc-item-main">{props.renderItem(item)}</div>
              <div class="dc-actions">
                <button
                  type="button"
                  class="dc-button"
                  aria-label={say('RemoveName', item.name)}
                  disabled={actions.isBusy(removeKey(item.id))}
                  onClick={byAgent(() => doRemove(item.id, item.name))}
                >
                  {say('Remove')}
                </button>
              </div>
              <FailureAlert failure={actions.failure(removeKey(item.id))} busy={actions.isBusy(removeKey(item.id))} />
            </li>
          ))}
        </ul>
      )}
      {owned && (
        <div class="dc-add">
          <label for={selectId} class="dc-label">
            {say('Select')}
          </label>
          <div class="dc-add-row">
            <select
              id={selectId}
              class="dc-select"
              value={selected}
              disabled={!available || available.length === 0}
              onChange={(event) => setChoice((event.currentTarget as HTMLSelectElement).value)}
            >
              {!available && <option value="">{t('panelLoading')}</option>}
              {available?.length === 0 && <option value="">{say('NoneLeft')}</option>}
              {available && available.length > 0 && <option value="">{say('Choose')}</option>}
              {available?.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="dc-button dc-primary"
              disabled={!selected || actions.isBusy(addKey)}
              onClick={byAgent(() => selected && doAdd(selected, nameIn(selected, available)))}
            >
              {say('Add')}
            </button>
          </div>
          <FailureAlert failure={actions.failure(addKey)} busy={actions.isBusy(addKey)} />
        </div>
      )}
    </div>
  );
}

/** A help-center user's group title: the help centers they belong to. */
export function groupHeading(user: HelpCenterUser): string {
  return user.memberships.map((m) => m.helpCenter.name).join(', ');
}

/** One block per help-center user; headed by its help center names only when there are several users. */
export function UserGroup(props: { heading: string | null; children: ComponentChildren }) {
  const id = useId();
  if (props.heading === null) return <>{props.children}</>;
  return (
    <div role="group" aria-labelledby={id} class="dc-group">
      <h4 id={id} class="dc-group-title">
        {props.heading}
      </h4>
      {props.children}
    </div>
  );
}
