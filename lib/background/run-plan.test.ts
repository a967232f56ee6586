import { describe, expect, it } from 'vitest';
import type { AccountContact } from '../messages/protocol';
import { cheaperWay, planDeactivation, planGroupAdd, type UserThere } from './run-plan';

const person = (id: string, isEndUser = true): AccountContact => ({ id, firstName: null, lastName: id, email: `${id}@x.example`, isEndUser });

describe('cheaperWay', () => {
  // [users of the help center, help-center users among the account's contacts] → the way read
  const table: Array<[number, number, 'list' | 'memberships']> = [
    [0, 10, 'list'],
    [50, 1, 'list'], // one page: already read
    [51, 1, 'list'], // one more page vs one memberships read: equal, the list
    [101, 1, 'memberships'], // two more pages vs one read
    [240, 4, 'list'],
    [240, 3, 'memberships'],
    [10_000, 200, 'list'],
    [20_000, 200, 'memberships'],
  ];
  for (const [total, endUsers, way] of table) {
    it(`${total} users in the help center, ${endUsers} among the account → ${way}`, () => expect(cheaperWay(total, endUsers)).toBe(way));
  }
});

describe('planDeactivation and planGroupAdd', () => {
  const contacts = ['1', '2', '3', '4', '5', '6'].map((id) => person(id));
  const users = new Map<string, UserThere>([
    ['1', { userId: '11', status: 'ACTIVE' }],
    ['2', { userId: '12', status: 'DISABLED' }],
    ['3', { userId: '13', status: 'INVITED' }],
    ['5', { userId: '11', status: 'ACTIVE' }], // the same user as contact 1 (two contacts, one email)
    ['6', { userId: '16', status: 'active' }],
  ]);

  it('deactivates each active user once and says why the rest are left alone', () => {
    const plan = planDeactivation(contacts, users);
    expect(plan.targets).toEqual([
      { contactId: '1', userId: '11' },
      { contactId: '6', userId: '16' },
    ]);
    expect(plan.skipped).toEqual([
      { contactId: '2', reason: 'deactivated' },
      { contactId: '3', reason: 'not-active' },
      { contactId: '4', reason: 'not-user' },
      { contactId: '5', reason: 'same-user' },
    ]);
  });

  it('adds every user of the help center not already in the group, each once', () => {
    const plan = planGroupAdd(contacts, users, new Set(['12']));
    expect(plan.targets.map((target) => target.userId)).toEqual(['11', '13', '16']);
    expect(plan.skipped).toEqual([
      { contactId: '2', reason: 'in-group' },
      { contactId: '4', reason: 'not-user' },
      { contactId: '5', reason: 'same-user' },
    ]);
  });
});
