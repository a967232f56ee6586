import { t } from '@/lib/i18n';
import type { Badge } from '@/lib/messages/protocol';
import { anyLoading, useContactData } from '../ContactData/ContactData';
import { useActions } from '../common/actions';
import { LoadErrors } from '../common/Alerts';
import { Assignments, groupHeading, UserGroup } from '../common/Assignments';
import { Section } from '../common/Section';
import { BadgeIcon } from './BadgeIcon';

export function BadgesSection() {
  const data = useContactData();
  const { org, api, signal, store, users } = data;
  const actions = useActions(signal);
  const catalogue = data.badgeCatalogue?.data;
  const busy =
    anyLoading(data.memberships) ||
    (users ?? []).some((user) => anyLoading(data.badgesOf(user.userId))) ||
    (!!users?.length && anyLoading(data.badgeCatalogue));

  return (
    <Section title={t('badgeTitle')} busy={busy}>
      {data.memberships?.status === 'error' && !data.memberships.data && (
        <p class="dc-muted">{t('badgeNeedsHelpCenters')}</p>
      )}
      {users?.length === 0 && (
        <p class="dc-muted">{t('badgeNoUser')}</p>
      )}
      {users && users.length > 0 && (
        <>
          <LoadErrors
            items={[
              { res: data.badgeCatalogue, retry: () => void store.load('badges.catalogue', { org }, true) },
              ...users.map((user) => ({
                res: data.badgesOf(user.userId),
                retry: () => void store.load('badges.ofUser', { org, userId: user.userId }, true),
              })),
            ]}
          />
          {users.map((user) => (
            <UserGroup key={user.userId} heading={users.length > 1 ? groupHeading(user) : null}>
              <Assignments<Badge>
                userId={user.userId}
                owned={data.badgesOf(user.userId)}
                catalogue={catalogue}
                actions={actions}
                removeText={t('badgeRevoke')}
                removeName={(name) => t('badgeRevokeName', name)}
                addName={(name) => t('badgeAwardName', name)}
                addLabel={t('badgeAward')}
                selectLabel={t('badgeSelect')}
                chooseText={t('badgeChoose')}
                emptyText={t('badgeNone')}
                noneLeftText={t('badgeAllAwarded')}
                renderItem={(badge) => (
                  <>
                    <BadgeIcon url={badge.iconUrl} />
                    <span class="dc-text">
                      <span class="dc-name">{badge.name}</span>
                      {badge.description && <span class="dc-muted dc-description">{badge.description}</span>}
                    </span>
                  </>
                )}
                add={(badgeIds, check) => api('badges.award', { org, userId: user.userId, badgeIds, check }, signal)}
                remove={(badgeIds, check) => api('badges.revoke', { org, userId: user.userId, badgeIds, check }, signal)}
                show={(badges) => store.show('badges.ofUser', { org, userId: user.userId }, badges)}
              />
            </UserGroup>
          ))}
        </>
      )}
    </Section>
  );
}
