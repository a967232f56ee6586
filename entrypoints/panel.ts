// The panel: Preact, the sections and their data layer. Not a content script of its own: the background injects
// it into the content script's world when the agent is on a contact page (see lib/background/panel-injection.ts,
// "panel.load"), so the Desk pages that are not contact pages never parse it.
import { Panel } from '@/components/Panel/Panel';
import { handOver } from '@/lib/page-world/injected';
import { createPanelMounter } from './desk-page/mount-panel';
import { PANEL_GLOBAL } from './desk-page/panel-global';

export default defineUnlistedScript(() => {
  handOver(PANEL_GLOBAL, createPanelMounter(Panel));
});
