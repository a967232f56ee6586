import { badgeSchema } from '../messages/shapes';
import { associateBadges, dissociateBadges, listBadges, listUserBadges } from '../zoho/badges';
import { defineUserSet } from './user-set-declaration';

/** A help-center user's badges: one catalogue for the org, one set per user. */
export const badges = defineUserSet({
  name: 'badges',
  catalogue: 'org',
  owned: 'org',
  item: badgeSchema,
  desk: {
    catalogue: (ctx) => listBadges(ctx),
    ofUser: (ctx, userId) => listUserBadges(ctx, userId),
    add: (ctx, userId, ids) => associateBadges(ctx, userId, ids),
    remove: (ctx, userId, ids) => dissociateBadges(ctx, userId, ids),
  },
});
