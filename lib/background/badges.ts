import { associateBadges, dissociateBadges, listBadges, listUserBadges } from '../zoho/badges';
import { REFERENCE } from './cache';
import type { BackgroundServices, FeatureHandlers } from './services';
import { changeUserSet } from './user-sets';

export function badgeHandlers({ resolveOrg, cache, contacts }: BackgroundServices): FeatureHandlers<
  'badges.ofUser' | 'badges.catalogue' | 'badges.award' | 'badges.revoke'
> {
  return {
    'badges.ofUser': async ({ org, userId }, sender) => contacts.badgesOf(await resolveOrg(org), sender, userId),
    'badges.catalogue': async ({ org }) => {
      const ctx = await resolveOrg(org);
      return cache.get(contacts.key(ctx, 'badges'), REFERENCE, () => listBadges(ctx));
    },
    'badges.award': async ({ org, userId, badgeIds }) =>
      changeUserSet(contacts, await resolveOrg(org), userId, badgeIds, { write: associateBadges, list: listUserBadges, present: true, cached: 'userBadges' }),
    'badges.revoke': async ({ org, userId, badgeIds }) =>
      changeUserSet(contacts, await resolveOrg(org), userId, badgeIds, { write: dissociateBadges, list: listUserBadges, present: false, cached: 'userBadges' }),
  };
}
