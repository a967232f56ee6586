// The duplicate merge dialog: injected by the background only when the agent opens it (lib/background/
// panel-injection.ts, "panel.load" with panel "merge"), so contact pages do not load its code up front.
import { mergeDialogIsland } from '@/components/Duplicates/merge-island';
import { registerMergeDialog } from '@/components/Duplicates/merge-dialog-global';

export default defineUnlistedScript(() => registerMergeDialog(mergeDialogIsland));
