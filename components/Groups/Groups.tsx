import type { Group } from '@/lib/messages/protocol';
import type { groups } from '@/lib/sections/groups';
import type { ShapeOf } from '@/lib/sections/user-set';
import { userSetSection } from '../common/UserSetSection';

const shape: ShapeOf<typeof groups> = { name: 'groups', catalogue: 'helpCenter', owned: 'helpCenter' };

export const groupsSection = userSetSection<Group>({ shape, words: 'group' });
