/** What the panels need and nothing more: one scope per kind of call they make. */
export const ZOHO_SCOPES = [
  'Desk.basic.READ',
  'Desk.settings.READ',
  'Desk.contacts.READ',
  'Desk.contacts.UPDATE',
  'Desk.settings.UPDATE',
  'Desk.search.READ',
].join(',');
