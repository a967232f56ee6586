// Which spec operations the fake implements. A spec route missing here answers 501 (the fake's own limit,
// never something Desk says); a path the spec lacks answers 404 like Desk.
import type { Handler } from './context';
import { accountContacts } from './handlers/accounts';
import {
  approveEndUserInvite,
  contactHelpCenters,
  contactsByIds,
  getContact,
  inviteContact,
  inviteContacts,
  rejectEndUserInvite,
} from './handlers/contacts';
import { groupContacts, mergeContacts } from './handlers/duplicates';
import { addGroupUsers, associateGroups, dissociateGroups, listGroups, removeGroupUsers, userGroups } from './handlers/groups';
import { listHelpCenters } from './handlers/helpCenters';
import { listGroupUsers, listHelpCenterUsers } from './handlers/help-center-users';
import { listOrganizations } from './handlers/organizations';
import { getTicket } from './handlers/tickets';
import {
  assignLabels,
  associateBadges,
  dissociateBadges,
  listBadges,
  listLabels,
  removeLabels,
  updateUser,
  userBadges,
  userLabels,
} from './handlers/users';

export const HANDLERS: Record<string, Handler> = {
  'GET /api/v1/organizations': listOrganizations,
  'GET /api/v1/contacts/{contactId}': getContact,
  'GET /api/v1/contacts/{contactId}/helpCenters': contactHelpCenters,
  'GET /api/v1/contacts/contactsByIds': contactsByIds,
  'GET /api/v1/tickets/{ticketId}': getTicket,
  'GET /api/v1/accounts/{accountId}/contacts': accountContacts,
  'GET /api/v1/helpCenters': listHelpCenters,
  'POST /api/v1/contacts/{contactId}/approveEndUserInvite': approveEndUserInvite,
  'POST /api/v1/contacts/{contactId}/rejectEndUserInvite': rejectEndUserInvite,
  'POST /api/v1/contacts/{contactId}/inviteAsEndUser': inviteContact,
  'POST /api/v1/contacts/inviteAsEndUser': inviteContacts,
  'GET /api/v1/users': listHelpCenterUsers,
  'GET /api/v1/groups/{groupId}/users': listGroupUsers,
  'PATCH /api/v1/users/{userId}': updateUser,
  'GET /api/v1/users/{userId}/badges': userBadges,
  'GET /api/v1/badges': listBadges,
  'POST /api/v1/users/{userId}/badges/associate': associateBadges,
  'POST /api/v1/users/{userId}/badges/dissociate': dissociateBadges,
  'GET /api/v1/users/{userId}/labels': userLabels,
  'GET /api/v1/labels': listLabels,
  'POST /api/v1/users/{userId}/labels/assign': assignLabels,
  'POST /api/v1/users/{userId}/labels/remove': removeLabels,
  'GET /api/v1/groups': listGroups,
  'GET /api/v1/users/{userId}/groups': userGroups,
  'POST /api/v1/users/{userId}/groups/associate': associateGroups,
  'POST /api/v1/users/{userId}/groups/dissociate': dissociateGroups,
  'POST /api/v1/groups/{groupId}/users/add': addGroupUsers,
  'POST /api/v1/groups/{groupId}/users/remove': removeGroupUsers,
  'GET /api/v1/groupContacts': groupContacts,
  'POST /api/v1/contacts/{contactId}/merge': mergeContacts,
};
