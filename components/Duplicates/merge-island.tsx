import { render } from 'preact';
import { ContactDataContext } from '../ContactData/ContactData';
import type { MergeDialogIsland } from './merge-dialog-global';
import mergeDialogCss from './merge-dialog.css?inline';
import { MergeDialog } from './MergeDialog';

/** The merge dialog in a Preact root of its own, fed the panel's contact data on every render of its slot. */
export const mergeDialogIsland: MergeDialogIsland = {
  show(slot, data, duplicate, onClose) {
    render(
      <ContactDataContext.Provider value={data}>
        <style>{mergeDialogCss}</style>
        <MergeDialog duplicate={duplicate} onClose={onClose} />
      </ContactDataContext.Provider>,
      slot,
    );
  },
  hide(slot) {
    render(null, slot);
  },
};
