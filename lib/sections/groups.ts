import { groupSchema } from '../messages/shapes';
import { associateGroups, dissociateGroups, listGroups, listUserGroups } from '../zoho/groups';
import { perHelpCenterSet } from './user-set-declaration';

/** A help-center user's groups: a catalogue per help center, and a set per help center (one user id can be in several). */
export const groups = perHelpCenterSet('groups', groupSchema, { catalogue: listGroups, ofUser: listUserGroups, add: associateGroups, remove: dissociateGroups });
