// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readable } from '../common/readable';
import { statusWords } from './status';

describe('statusWords', () => {
  it.each([
    ['ACTIVE', 'active', 'Active'],
    ['active', 'active', 'Active'],
    ['PENDING', 'pending', 'Pending approval'],
    ['PENDING_APPROVAL', 'pending', 'Pending approval'],
    ['AWAITING_APPROVAL', 'pending', 'Pending approval'],
    ['MODERATION', 'pending', 'Pending approval'],
    ['UNAPPROVED', 'pending', 'Pending approval'],
    ['INVITED', 'invited', 'Invited'],
    ['INVITATION_SENT', 'invited', 'Invited'],
    ['DISABLED', 'deactivated', 'Deactivated'],
    ['DEACTIVATED', 'deactivated', 'Deactivated'],
    ['DELETED', 'deleted', 'Deleted'],
    ['LOCKED_BY_ADMIN', 'other', 'Locked by admin'],
    ['spamBlocked', 'other', 'Spam blocked'],
    ['', 'other', 'Unknown status'],
  ] as const)('%s → %s', (raw, category, text) => {
    expect(statusWords(raw)).toEqual({ category, text, raw });
  });

  it('says "Not a member" without a membership', () => {
    expect(statusWords(null)).toEqual({ category: 'none', text: 'Not a member', raw: null });
  });

  it('makes unknown values readable', () => {
    expect(readable('SOME-odd_value')).toBe('Some odd value');
  });
});
