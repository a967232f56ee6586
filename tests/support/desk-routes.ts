// The fake Zoho's request log names each call by its route as the spec spells it: the routes tests look for,
// named once.
export const CONTACT = 'GET /api/v1/contacts/{contactId}';
export const MEMBERSHIPS = 'GET /api/v1/contacts/{contactId}/helpCenters';
export const BY_IDS = 'GET /api/v1/contacts/contactsByIds';
export const DUPLICATES = 'GET /api/v1/groupContacts';
export const HELP_CENTERS = 'GET /api/v1/helpCenters';
export const APPROVE = 'POST /api/v1/contacts/{contactId}/approveEndUserInvite';
export const REJECT = 'POST /api/v1/contacts/{contactId}/rejectEndUserInvite';
export const INVITE = 'POST /api/v1/contacts/{contactId}/inviteAsEndUser';
export const BULK_INVITE = 'POST /api/v1/contacts/inviteAsEndUser';
export const MERGE = 'POST /api/v1/contacts/{contactId}/merge';
export const UPDATE_USER = 'PATCH /api/v1/users/{userId}';
export const BADGES = 'GET /api/v1/badges';
export const USER_BADGES = 'GET /api/v1/users/{userId}/badges';
export const AWARD = 'POST /api/v1/users/{userId}/badges/associate';
export const REVOKE = 'POST /api/v1/users/{userId}/badges/dissociate';
export const LABELS = 'GET /api/v1/labels';
export const USER_LABELS = 'GET /api/v1/users/{userId}/labels';
export const ASSIGN = 'POST /api/v1/users/{userId}/labels/assign';
export const REMOVE_LABELS = 'POST /api/v1/users/{userId}/labels/remove';
