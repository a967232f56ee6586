/** What the panels need and nothing more: one scope per kind of call they make. */
export const ZOHO_SCOPES = [
  'Desk.basic.READ',
  'Desk.settings.READ',
  'Desk.contacts.READ',
  'Desk.contacts.UPDATE',
  'Desk.settings.UPDATE',
  'Desk.search.READ',
  // Ticket pages: the requester of the ticket. A grant made before it was asked for lacks it (SCOPE_MISMATCH).
  'Desk.tickets.READ',
].join(',');
