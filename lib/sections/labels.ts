import { labelSchema } from '../messages/shapes';
import { assignLabels, listLabels, listUserLabels, removeLabels } from '../zoho/labels';
import { defineUserSet } from './user-set-declaration';

/** A help-center user's labels: a catalogue and a set per help center (one user id can stand in several). */
export const labels = defineUserSet({
  name: 'labels',
  catalogue: 'helpCenter',
  owned: 'helpCenter',
  item: labelSchema,
  desk: {
    catalogue: (ctx, { helpCenterId }) => listLabels(ctx, helpCenterId),
    ofUser: (ctx, userId, { helpCenterId }) => listUserLabels(ctx, userId, helpCenterId),
    add: (ctx, userId, ids, { helpCenterId }) => assignLabels(ctx, userId, helpCenterId, ids),
    remove: (ctx, userId, ids, { helpCenterId }) => removeLabels(ctx, userId, helpCenterId, ids),
  },
});
