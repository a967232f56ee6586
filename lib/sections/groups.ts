import { groupSchema } from '../messages/shapes';
import { associateGroups, dissociateGroups, listGroups, listUserGroups } from '../zoho/groups';
import { defineUserSet } from './user-set-declaration';

/** A help-center user's groups: a catalogue per help center, and a set per help center (one user id can be in several). */
export const groups = defineUserSet({
  name: 'groups',
  catalogue: 'helpCenter',
  owned: 'helpCenter',
  item: groupSchema,
  desk: {
    catalogue: (ctx, { helpCenterId }) => listGroups(ctx, helpCenterId),
    ofUser: (ctx, userId, { helpCenterId }) => listUserGroups(ctx, userId, helpCenterId),
    add: (ctx, userId, ids, { helpCenterId }) => associateGroups(ctx, userId, helpCenterId, ids),
    remove: (ctx, userId, ids, { helpCenterId }) => dissociateGroups(ctx, userId, helpCenterId, ids),
  },
});
