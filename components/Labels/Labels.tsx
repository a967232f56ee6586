import type { Label } from '@/lib/messages/protocol';
import type { labels } from '@/lib/sections/labels';
import type { ShapeOf } from '@/lib/sections/user-set';
import { userSetSection } from '../common/UserSetSection';

const shape: ShapeOf<typeof labels> = { name: 'labels', catalogue: 'helpCenter', owned: 'helpCenter' };

export const labelsSection = userSetSection<Label>({
  shape,
  words: 'label',
});
