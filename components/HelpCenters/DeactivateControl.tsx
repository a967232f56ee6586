import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { byAgent } from '../common/trusted';

/**
 * Deactivate takes the contact's access away, so it asks first, in the same row: Deactivate arms it, and only
 * "Confirm deactivation" sends. Where the confirmation appears under the pointer, the second click of a
 * double-click lands on it: a click whose `detail` (the gesture's click count) is above 1 is refused. Focus goes
 * to Cancel, so a repeated Enter does not confirm either.
 */
export function DeactivateControl(props: { name: string; busy: boolean; deactivate: () => void }) {
  const [armed, setArmed] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (armed) cancelRef.current?.focus();
  }, [armed]);

  /** A button that acts on the agent's own single click only. */
  const step = (label: string, text: string, danger: boolean, act: () => void) => (
    <button
      type="button"
      class={danger ? 'dc-button dc-danger' : 'dc-button'}
      aria-label={label}
      disabled={props.busy}
      onClick={byAgent((event: MouseEvent) => event.detail <= 1 && act())}
    >
      {text}
    </button>
  );

  if (!armed) return step(t('hcDeactivateIn', props.name), t('hcDeactivate'), false, () => setArmed(true));
  return (
    <>
      {step(t('hcConfirmDeactivationIn', props.name), t('hcConfirmDeactivation'), true, () => {
        setArmed(false);
        props.deactivate();
      })}
      <button ref={cancelRef} type="button" class="dc-button" onClick={() => setArmed(false)}>
        {t('hcCancel')}
      </button>
    </>
  );
}
