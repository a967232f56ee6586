// @vitest-environment node
// GET /contacts/contactsByIds (at most 20 ids, comma separated) and the one rule it lets a client know before
// merging: Zoho does not merge help-center (portal) users. Both answers come from the same state.
import { describe, expect, it } from 'vitest';
import { DEMO } from '../worlds';
import { deskClient } from './desk-client';

const { contacts, helpCenters } = DEMO;
const byIds = (desk: ReturnType<typeof deskClient>, ids: string[]) => desk.get(`/api/v1/contacts/contactsByIds?ids=${ids.join(',')}`);
const endUsers = (desk: ReturnType<typeof deskClient>, ids: string[]) =>
  Object.fromEntries(byIds(desk, ids).json.data.map((contact: { id: string; isEndUser: boolean }) => [contact.id, contact.isEndUser]));

describe('contactsByIds', () => {
  it('answers every known contact of the list once, with isEndUser, in a response the spec accepts', () => {
    const desk = deskClient();
    const ids = [contacts.helpCenterUserDuplicate, contacts.helpCenterUser, contacts.invited, contacts.helpCenterUser];
    const reply = byIds(desk, ids);
    expect(reply.status).toBe(200);
    expect(reply.json.data.map((contact: { id: string }) => contact.id)).toEqual([
      contacts.helpCenterUserDuplicate,
      contacts.helpCenterUser,
      contacts.invited,
    ]);
    expect(endUsers(desk, ids)).toEqual({
      [contacts.helpCenterUserDuplicate]: false,
      [contacts.helpCenterUser]: true,
      [contacts.invited]: true,
    });
    expect(desk.api.responseValidationErrors()).toEqual([]);
  });

  it('leaves out ids that name no contact, and answers 204 when none does', () => {
    const desk = deskClient();
    expect(endUsers(desk, [contacts.withDuplicates, '1892000000049999'])).toEqual({ [contacts.withDuplicates]: false });
    expect(byIds(desk, ['1892000000049999']).status).toBe(204);
  });

  it('takes 20 ids and refuses 21, as the spec says', () => {
    const desk = deskClient();
    const twenty = Array.from({ length: 20 }, (_, index) => String(1892000000042001n + BigInt(index)));
    expect(byIds(desk, twenty).status).toBe(200);
    const refused = byIds(desk, [...twenty, contacts.helpCenterUser]);
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({ errorCode: 'UNPROCESSABLE_ENTITY', errors: [{ fieldName: 'ids' }] });
    expect(desk.api.responseValidationErrors()).toEqual([]);
  });

  it('refuses a missing, empty or non-numeric id and an unknown parameter', () => {
    const desk = deskClient();
    expect(desk.get('/api/v1/contacts/contactsByIds').status).toBe(422);
    expect(desk.get('/api/v1/contacts/contactsByIds?ids=').status).toBe(422);
    expect(desk.get(`/api/v1/contacts/contactsByIds?ids=${contacts.active},,${contacts.pending}`).status).toBe(422);
    expect(desk.get(`/api/v1/contacts/contactsByIds?ids=${contacts.active},x${contacts.pending}`).status).toBe(422);
    expect(desk.get(`/api/v1/contacts/contactsByIds?ids=${contacts.active}&include=accounts`).status).toBe(422);
    expect(desk.api.responseValidationErrors()).toEqual([]);
  });
});

describe('merging help-center users', () => {
  it('is refused whichever side the help-center user is on', () => {
    const desk = deskClient();
    for (const [keep, merge] of [
      [contacts.helpCenterUserDuplicate, contacts.helpCenterUser],
      [contacts.helpCenterUser, contacts.helpCenterUserDuplicate],
    ]) {
      const refused = desk.post(`/api/v1/contacts/${keep}/merge`, { ids: [merge] });
      expect(refused.status).toBe(422);
      expect(refused.json.message).toMatch(/Help center users cannot be merged/);
    }
    expect(endUsers(desk, [contacts.helpCenterUser, contacts.helpCenterUserDuplicate])).toEqual({
      [contacts.helpCenterUser]: true,
      [contacts.helpCenterUserDuplicate]: false,
    });
  });

  it('follows the contact’s state: once invited it is a help-center user, and neither answer lags', () => {
    const desk = deskClient();
    expect(desk.post(`/api/v1/contacts/${contacts.duplicateByPhone}/inviteAsEndUser`, { helpCenterId: helpCenters.main }).status).toBe(204);
    expect(endUsers(desk, [contacts.duplicateByPhone])).toEqual({ [contacts.duplicateByPhone]: true });
    expect(desk.post(`/api/v1/contacts/${contacts.withDuplicates}/merge`, { ids: [contacts.duplicateByPhone] }).status).toBe(422);
    expect(desk.post(`/api/v1/contacts/${contacts.withDuplicates}/merge`, { ids: [contacts.duplicateByEmail] }).status).toBe(200);
  });
});
