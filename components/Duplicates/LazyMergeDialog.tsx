import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ApiError, Duplicate } from '@/lib/messages/protocol';
import { loadInjected } from '@/lib/page-world/injected';
import { useContactData } from '../ContactData/ContactData';
import { ErrorAlert } from '../common/Alerts';
import { describeError } from '../common/errors';
import { MERGE_DIALOG_GLOBAL, registeredMergeDialog } from './merge-dialog-global';

/** Loads the merge dialog's code the first time the agent opens it, then shows it in a slot of the section. */
export function LazyMergeDialog(props: { duplicate: Duplicate; onClose: () => void }) {
  const data = useContactData();
  const slot = useRef<HTMLDivElement>(null);
  const [island, setIsland] = useState(registeredMergeDialog);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const load = () => {
    setFailure(null);
    loadInjected(data.api, 'merge', MERGE_DIALOG_GLOBAL, data.signal).then(
      (reply) => (reply.ok ? setIsland(registeredMergeDialog) : setFailure(reply.error)),
      () => undefined, // Aborted: the agent left this contact.
    );
  };
  useEffect(() => {
    if (!island) load();
  }, []);
  // Every render of the section hands the dialog the current data, as a child component would get it.
  useEffect(() => {
    if (island && slot.current) island.show(slot.current, data, props.duplicate, props.onClose);
  });
  useEffect(() => {
    const element = slot.current;
    return () => element && registeredMergeDialog()?.hide(element);
  }, []);

  return (
    <>
      {!island &&
        (failure ? (
          <ErrorAlert text={describeError(failure)} onRetry={load} />
        ) : (
          <p class="dc-muted" role="status">
            {t('panelLoading')}
          </p>
        ))}
      <div ref={slot} />
    </>
  );
}
