import { t } from '@/lib/i18n';
import type { Label } from '@/lib/messages/protocol';
import { anyLoading, useContactData, type HelpCenterUser } from '../ContactData/ContactData';
import { useActions } from '../common/actions';
import { LoadErrors } from '../common/Alerts';
import { Assignments, groupHeading, UserGroup } from '../common/Assignments';
import { Section } from '../common/Section';

export function LabelsSection() {
  const data = useContactData();
  const { org, api, signal, store, users } = data;
  const actions = useActions(signal);

  const catalogueOf = (user: HelpCenterUser): Label[] | undefined => {
    const parts = data.labelCataloguesOf(user);
    if (parts.some((res) => !res || (res.status === 'loading' && !res.data))) return undefined;
    const byId = new Map<string, Label>();
    for (const res of parts) for (const label of res?.data ?? []) byId.set(label.id, label);
    return [...byId.values()];
  };

  const busy =
    anyLoading(data.memberships) ||
    (users ?? []).some((user) => anyLoading(data.labelsOf(user.userId), ...data.labelCataloguesOf(user)));

  return (
    <Section title={t('labelTitle')} busy={busy}>
      {data.memberships?.status === 'error' && !data.memberships.data && (
        <p class="dc-muted">{t('labelNeedsHelpCenters')}</p>
      )}
      {users?.length === 0 && (
        <p class="dc-muted">{t('labelNoUser')}</p>
      )}
      {users && users.length > 0 && (
        <>
          <LoadErrors
            items={users.flatMap((user) => [
              {
                res: data.labelsOf(user.userId),
                retry: () => void store.load('labels.ofUser', { org, userId: user.userId }, true),
              },
              ...[...new Set(user.memberships.map((m) => m.helpCenter.id))].map((helpCenterId) => ({
                res: store.read('labels.catalogue', { org, helpCenterId }),
                retry: () => void store.load('labels.catalogue', { org, helpCenterId }, true),
              })),
            ])}
          />
          {users.map((user) => (
            <UserGroup key={user.userId} heading={users.length > 1 ? groupHeading(user) : null}>
              <Assignments<Label>
                userId={user.userId}
                owned={data.labelsOf(user.userId)}
                catalogue={catalogueOf(user)}
                actions={actions}
                removeText={t('labelRemove')}
                removeName={(name) => t('labelRemoveName', name)}
                addName={(name) => t('labelAddName', name)}
                addLabel={t('labelAdd')}
                selectLabel={t('labelSelect')}
                chooseText={t('labelChoose')}
                emptyText={t('labelNone')}
                noneLeftText={t('labelNoneLeft')}
                renderItem={(label) => <span class="dc-name">{label.name}</span>}
                add={(labelIds, check) => api('labels.assign', { org, userId: user.userId, labelIds, check }, signal)}
                remove={(labelIds, check) => api('labels.remove', { org, userId: user.userId, labelIds, check }, signal)}
                show={(labels) => store.show('labels.ofUser', { org, userId: user.userId }, labels)}
              />
            </UserGroup>
          ))}
        </>
      )}
    </Section>
  );
}
