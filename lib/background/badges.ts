import type { Badge } from '../messages/protocol';
import { associateBadges, dissociateBadges, listBadges, listUserBadges } from '../zoho/badges';
import type { OrgContext } from '../zoho/context';
import { REFERENCE } from './cache';
import type { BackgroundServices, FeatureHandlers } from './services';
import { changeUserSet, type UserSetChange } from './user-sets';

export function badgeHandlers({ resolveOrg, cache, contacts }: BackgroundServices): FeatureHandlers<
  'badges.ofUser' | 'badges.catalogue' | 'badges.award' | 'badges.revoke'
> {
  const catalogueKey = (ctx: OrgContext) => contacts.key(ctx, 'badges');
  const change = (write: UserSetChange<Badge>['write'], present: boolean): UserSetChange<Badge> => ({
    write,
    list: listUserBadges,
    present,
    cached: 'userBadges',
    known: (ctx, id) => cache.peek<Badge[]>(catalogueKey(ctx), Infinity)?.find((badge) => badge.id === id),
  });
  const award = change(associateBadges, true);
  const revoke = change(dissociateBadges, false);
  return {
    'badges.ofUser': async ({ org, userId }, sender) => contacts.badgesOf(await resolveOrg(org), sender, userId),
    'badges.catalogue': async ({ org }) => {
      const ctx = await resolveOrg(org);
      return cache.get(catalogueKey(ctx), REFERENCE, () => listBadges(ctx));
    },
    'badges.award': async ({ org, userId, badgeIds, check }, sender) =>
      changeUserSet(contacts, await resolveOrg(org), sender, { userId, ids: badgeIds, check }, award),
    'badges.revoke': async ({ org, userId, badgeIds, check }, sender) =>
      changeUserSet(contacts, await resolveOrg(org), sender, { userId, ids: badgeIds, check }, revoke),
  };
}
