import { render } from 'preact';
import { ContactDataContext } from '../ContactData/ContactData';
import type { MergeDialogIsland } from './merge-dialog-global';
import { MergeDialog } from './MergeDialog';
import mergeDialogStyles from './merge-dialog.css?inline';

/** The merge dialog in a Preact root of its own, fed the panel's contact data on every render of its slot. */
export const mergeDialogIsland: MergeDialogIsland = {
  show(slot, data, duplicate, onClose) {
    render(
      <ContactDataContext.Provider value={data}>
        <style>{mergeDialogStyles}</style>
        <MergeDialog duplicate={duplicate} onClose={onClose} />
      </ContactDataContext.Provider>,
      slot,
    );
  },
  hide(slot) {
    render(null, slot);
  },
};
