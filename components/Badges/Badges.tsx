import type { Badge } from '@/lib/messages/protocol';
import type { badges } from '@/lib/sections/badges';
import type { ShapeOf } from '@/lib/sections/user-set';
import { userSetSection } from '../common/UserSetSection';
import { BadgeIcon } from './BadgeIcon';

const shape: ShapeOf<typeof badges> = { name: 'badges', catalogue: 'org', owned: 'org' };

export const badgesSection = userSetSection<Badge>({
  shape,
  words: 'badge',
  renderItem: (badge) => (
    <>
      <BadgeIcon url={badge.iconUrl} />
      <span class="dc-text">
        <span class="dc-name">{badge.name}</span>
        {badge.description && <span class="dc-muted dc-description">{badge.description}</span>}
      </span>
    </>
  ),
});
