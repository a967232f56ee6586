import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { byAgent } from '../common/trusted';

/** A click that is the second (or later) of a double-click: `detail` counts the clicks of one gesture. */
const repeated = (event: MouseEvent) => event.detail > 1;

/**
 * Deactivate takes the contact's access away, so it asks first, in the same row: Deactivate arms it, and only
 * "Confirm deactivation" sends. The confirmation appears where Deactivate was, so the second click of a
 * double-click is refused by its click count; focus goes to Cancel, so a repeated Enter does not confirm either.
 */
export function DeactivateControl(props: { name: string; busy: boolean; deactivate: () => void }) {
  const [armed, setArmed] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (armed) cancelRef.current?.focus();
  }, [armed]);

  if (!armed) {
    return (
      <button
        type="button"
        class="dc-button"
        aria-label={t('hcDeactivateIn', props.name)}
        disabled={props.busy}
        onClick={byAgent((event: MouseEvent) => !repeated(event) && setArmed(true))}
      >
        {t('hcDeactivate')}
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        class="dc-button dc-danger"
        aria-label={t('hcConfirmDeactivationIn', props.name)}
        disabled={props.busy}
        onClick={byAgent((event: MouseEvent) => {
          if (repeated(event)) return;
          setArmed(false);
          props.deactivate();
        })}
      >
        {t('hcConfirmDeactivation')}
      </button>
      <button ref={cancelRef} type="button" class="dc-button" onClick={() => setArmed(false)}>
        {t('hcCancel')}
      </button>
    </>
  );
}
