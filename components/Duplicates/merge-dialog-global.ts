import type { Duplicate } from '@/lib/messages/protocol';
import { handOver, injected } from '@/lib/page-world/injected';
import type { ContactDataValue } from '../ContactData/ContactData';

// The merge dialog is the panel's largest piece and the one an agent opens least: its code (entrypoints/
// merge-dialog.ts) is injected into the content script's world only when the agent opens it, so a contact page
// does not load it up front. It brings its own Preact and renders into a slot the Duplicates section keeps for it.
// Versioned like the panel's own global: a dialog script left by another build must not be handed other arguments.
export const MERGE_DIALOG_GLOBAL = Symbol.for('desk-companion/merge-dialog/v1');

export interface MergeDialogIsland {
  show(slot: Element, data: ContactDataValue, duplicate: Duplicate, onClose: () => void): void;
  hide(slot: Element): void;
}

export const registeredMergeDialog = () => injected<MergeDialogIsland>(MERGE_DIALOG_GLOBAL);

export const registerMergeDialog = (island: MergeDialogIsland) => handOver(MERGE_DIALOG_GLOBAL, island);
