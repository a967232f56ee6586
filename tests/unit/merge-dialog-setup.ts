// In the browser the background injects the merge dialog's script when the agent opens it (panel.load, "merge");
// component tests have no background to inject it, so its registration runs up front, as that script would.
import { registerMergeDialog } from '@/components/Duplicates/merge-dialog-global';
import { mergeDialogIsland } from '@/components/Duplicates/merge-island';

registerMergeDialog(mergeDialogIsland);
