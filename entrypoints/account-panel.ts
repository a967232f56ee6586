// The account panel: injected by the background only on account pages (see lib/background/handlers.ts,
// "panel.load" with panel "account"), so neither contact pages nor any other Desk page parse it.
import { AccountPanel } from '@/components/AccountContacts/AccountPanel';
import { handOver } from '@/lib/page-world/injected';
import { createPanelMounter } from './contact/mount-panel';
import { ACCOUNT_PANEL_GLOBAL } from './contact/panel-global';

export default defineUnlistedScript(() => {
  handOver(ACCOUNT_PANEL_GLOBAL, createPanelMounter(AccountPanel));
});
