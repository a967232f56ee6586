// The account panel: injected by the background only on account pages (see lib/background/panel-injection.ts,
// "panel.load" with panel "account"), so neither contact pages nor any other Desk page parse it.
import { AccountPanel } from '@/components/AccountContacts/AccountPanel';
import { handOver } from '@/lib/page-world/injected';
import { createPanelMounter } from './desk-page/mount-panel';
import { ACCOUNT_PANEL_GLOBAL } from './desk-page/panel-global';

export default defineUnlistedScript(() => {
  handOver(ACCOUNT_PANEL_GLOBAL, createPanelMounter(AccountPanel));
});
