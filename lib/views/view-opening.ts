import type { OrgRef } from '../messages/shapes';
import type { PanelPage } from '../page/desk-pages';

/** The org a Desk page belongs to. */
export const orgOf = (page: PanelPage): OrgRef => ({ dataCenter: page.dataCenter, portal: page.portal });

/** The request that opens a contact or ticket page's view ('view.open'). */
export const viewOpening = (page: PanelPage): { org: OrgRef; ticketId: string } | { org: OrgRef; contactId: string } =>
  'ticketId' in page ? { org: orgOf(page), ticketId: page.ticketId } : { org: orgOf(page), contactId: page.contactId };
