import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { byAgent } from './trusted';

export interface PickerOption {
  id: string;
  label: string;
}

/**
 * A labelled select and the one button that acts on what it holds, for the account page's bulk actions. Its first
 * option is the placeholder, whose value is empty: nothing is chosen until the agent chooses, and the button
 * answers the agent's own clicks only. (The contact panel spells its two pickers out: measured, this component
 * made the contact page's gzip larger, and that page is at its budget.)
 */
export function Picker(props: {
  label: string;
  /** The first option: what to choose, or that the list is still loading. */
  placeholder: string;
  options: PickerOption[] | undefined;
  value: string;
  onPick: (id: string) => void;
  selectDisabled: boolean;
  action: string;
  actionDisabled: boolean;
  onAction: () => void;
  busy?: boolean;
  children?: ComponentChildren;
}) {
  const selectId = useId();
  return (
    <div class="dc-add" aria-busy={props.busy ? 'true' : undefined}>
      <label for={selectId} class="dc-label">
        {props.label}
      </label>
      <div class="dc-add-row">
        <select
          id={selectId}
          class="dc-select"
          value={props.value}
          disabled={props.selectDisabled}
          onChange={(event) => props.onPick((event.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{props.placeholder}</option>
          {props.options?.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="button" class="dc-button" disabled={props.actionDisabled} onClick={byAgent(props.onAction)}>
          {props.action}
        </button>
      </div>
      {props.children}
    </div>
  );
}
