import { useId } from 'preact/hooks';

// The options page's own building blocks, the same in each of its sections.

/** A failure on the options page, announced as it appears; nothing while there is none. */
export function Alert(props: { text: string | null }) {
  return (
    props.text && (
      <p role="alert" class="alert">
        {props.text}
      </p>
    )
  );
}

/**
 * A labelled one-line input the browser neither fills in nor spell-checks (a client id, a secret, a host name),
 * described by the hint `describedBy` names.
 */
export function Field(props: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  describedBy: string;
  secret?: boolean;
  readOnly?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        // Browsers never spell-check a password field; a text field has to be told.
        {...(props.secret ? { type: 'password' as const } : { type: 'text' as const, spellcheck: false })}
        value={props.value}
        readOnly={props.readOnly}
        autoComplete="off"
        placeholder={props.placeholder}
        aria-describedby={props.describedBy}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
    </>
  );
}
