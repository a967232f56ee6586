import { labelSchema } from '../messages/shapes';
import { assignLabels, listLabels, listUserLabels, removeLabels } from '../zoho/labels';
import { defineUserSet } from './user-set-declaration';

/** A help-center user's labels: a catalogue per help center, one set per user across them. */
export const labels = defineUserSet({
  name: 'labels',
  catalogue: 'helpCenter',
  owned: 'org',
  item: labelSchema,
  desk: {
    catalogue: (ctx, { helpCenterId }) => listLabels(ctx, helpCenterId),
    ofUser: (ctx, userId) => listUserLabels(ctx, userId),
    add: (ctx, userId, ids) => assignLabels(ctx, userId, ids),
    remove: (ctx, userId, ids) => removeLabels(ctx, userId, ids),
  },
});
