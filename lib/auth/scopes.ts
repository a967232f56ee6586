/** What the panels need and nothing more (api-map.md). */
export const ZOHO_SCOPES = [
  'Desk.basic.READ',
  'Desk.settings.READ',
  'Desk.contacts.READ',
  'Desk.contacts.UPDATE',
  'Desk.settings.UPDATE',
  'Desk.search.READ',
].join(',');
