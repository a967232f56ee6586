// @vitest-environment node
// The gatekeeping Desk does before touching state: route, token, org, query parameters, body.
import { describe, expect, it } from 'vitest';
import { DEMO } from '../worlds';
import { deskClient, tokenFor } from './desk-client';

const contactPath = `/api/v1/contacts/${DEMO.contacts.pending}`;

describe('Desk API checks', () => {
  it('answers 404 URL_NOT_FOUND for a path the spec lacks, and for a method the path does not have', () => {
    const desk = deskClient();
    for (const response of [
      desk.get('/api/v1/nope'),
      desk.get(`/api/v1/contacts/${DEMO.contacts.pending}/helpcenters`), // the how-to pages' lower-case c
      desk.call('DELETE', `${contactPath}/helpCenters`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.json).toEqual({ errorCode: 'URL_NOT_FOUND', message: 'The URL you requested could not be found.' });
    }
  });

  it('answers 401 INVALID_OAUTH without a valid token', () => {
    const response = deskClient().get(contactPath, { auth: null });
    expect(response.status).toBe(401);
    expect(response.json.errorCode).toBe('INVALID_OAUTH');
  });

  it('answers 401 SCOPE_MISMATCH to a token granted without the operation\'s scope, and serves what it does cover', () => {
    const desk = deskClient();
    const olderGrant = { ...tokenFor(), scopes: tokenFor().scopes.filter((scope) => scope !== 'Desk.tickets.READ') };
    const ticket = desk.get(`/api/v1/tickets/${DEMO.tickets.ofPending}`, { auth: olderGrant });
    expect(ticket.status).toBe(401);
    expect(ticket.json.errorCode).toBe('SCOPE_MISMATCH');
    expect(desk.get(contactPath, { auth: olderGrant }).status).toBe(200);
    expect(desk.get(`/api/v1/tickets/${DEMO.tickets.ofPending}`).json.contactId).toBe(DEMO.contacts.pending);
    // Zoho lets any one of an operation's scopes through: the organizations list declares three.
    expect(desk.get('/api/v1/organizations', { orgId: null, auth: { ...tokenFor(), scopes: ['Desk.basic.READ'] } }).status).toBe(200);
    expect(desk.get(contactPath, { auth: { ...tokenFor(), scopes: ['Desk.basic.READ'] } }).status).toBe(401);
    expect(desk.api.responseValidationErrors()).toEqual([]);
  });

  it('answers 401 INVALID_OAUTH to a token of another data center', () => {
    const desk = deskClient();
    const euTokenOnUsHost = desk.get(contactPath, { auth: tokenFor(DEMO.eu.agent, 'eu') });
    expect(euTokenOnUsHost.status).toBe(401);
    expect(euTokenOnUsHost.json.errorCode).toBe('INVALID_OAUTH');
    const usTokenOnEuHost = desk.get('/api/v1/organizations', { host: DEMO.eu.host, orgId: null });
    expect(usTokenOnEuHost.status).toBe(401);
  });

  it('serves each data center its own orgs', () => {
    const desk = deskClient();
    const eu = desk.get('/api/v1/organizations', { host: DEMO.eu.host, orgId: null, auth: tokenFor(DEMO.eu.agent, 'eu') });
    expect(eu.json.data.map((org: { portalName: string }) => org.portalName)).toEqual([DEMO.eu.portal]);
    const india = desk.get(`/api/v1/contacts/${DEMO.in.contactId}/helpCenters`, {
      host: DEMO.in.host,
      orgId: DEMO.in.orgId,
      auth: tokenFor(DEMO.in.agent, 'in'),
    });
    expect(india.status).toBe(200);
    expect(india.json.data).toHaveLength(1);
  });

  it('answers 422 when the orgId is missing, and takes it from the header or the query', () => {
    const desk = deskClient();
    const missing = desk.get(contactPath, { orgId: null });
    expect(missing.status).toBe(422);
    expect(missing.json.errorCode).toBe('UNPROCESSABLE_ENTITY');
    expect(missing.json.errors[0]).toMatchObject({ fieldName: '/orgId', errorType: 'missing' });
    expect(desk.get(`${contactPath}?orgId=${DEMO.orgId}`, { orgId: null }).status).toBe(200);
    expect(desk.get(contactPath).status).toBe(200);
  });

  it('answers 403 OAUTH_ORG_MISMATCH for an org the agent is not in', () => {
    const desk = deskClient();
    const otherAgent = desk.get(contactPath, { auth: tokenFor(DEMO.agents.globexOnly) });
    expect(otherAgent.status).toBe(403);
    expect(otherAgent.json.errorCode).toBe('OAUTH_ORG_MISMATCH');
    expect(desk.get(contactPath, { orgId: DEMO.eu.orgId }).status).toBe(403);
    expect(desk.get(contactPath, { orgId: '1' }).status).toBe(403);
  });

  it('needs no orgId for GET /api/v1/organizations and lists both us orgs of the agent', () => {
    const response = deskClient().get('/api/v1/organizations', { orgId: null });
    expect(response.status).toBe(200);
    expect(response.json.data.map((org: { portalName: string }) => org.portalName)).toEqual([DEMO.portal, DEMO.globex.portal]);
    expect(response.json.data[0].id).toBe(DEMO.orgId);
  });

  it('answers 422 UNPROCESSABLE_ENTITY to an undeclared query parameter', () => {
    const desk = deskClient();
    const response = desk.get('/api/v1/helpCenters?from=1&limit=50&p=1');
    expect(response.status).toBe(422);
    expect(response.json.errorCode).toBe('UNPROCESSABLE_ENTITY');
    expect(response.json.message).toContain("'p'");
    // The same request without the extra parameter goes through: the 422 is about `p` alone.
    expect(desk.get('/api/v1/helpCenters?from=1&limit=50').status).toBe(200);
    // orgId as a query parameter is declared nearly everywhere, but not on /organizations.
    expect(desk.get(`/api/v1/organizations?orgId=${DEMO.orgId}`, { orgId: null }).status).toBe(422);
  });

  it('checks query values against the parameter schemas', () => {
    const desk = deskClient();
    const tooMany = desk.get('/api/v1/helpCenters?from=1&limit=51');
    expect(tooMany.status).toBe(422);
    expect(tooMany.json.errors[0]).toMatchObject({ fieldName: 'limit', errorType: 'invalid' });
    expect(desk.get('/api/v1/helpCenters?from=0&limit=50').status).toBe(422); // 1-based
    expect(desk.get('/api/v1/helpCenters?from=one').status).toBe(422);
    expect(desk.get('/api/v1/badges?limit=50&type=other').status).toBe(422);
    const dupes = `/api/v1/groupContacts?fieldName=email&fieldValues=${encodeURIComponent('dana@customer.example')}`;
    expect(desk.get(`${dupes}&from=0&limit=100`).status).toBe(200); // 0-based, max 100 here
    expect(desk.get(`${dupes}&from=-1`).status).toBe(422);
    expect(desk.get('/api/v1/groupContacts?fieldName=email').json.errors[0]).toMatchObject({ fieldName: 'fieldValues', errorType: 'missing' });
    expect(desk.get(`/api/v1/groupContacts?fieldName=website&fieldValues=x`).status).toBe(422);
  });

  it('answers 422 INVALID_DATA with errors[] to a body that fails the request schema', () => {
    const desk = deskClient();
    const approve = `${contactPath}/approveEndUserInvite`;
    const extra = desk.post(approve, { helpCenterIds: [DEMO.helpCenters.main], force: true });
    expect(extra.status).toBe(422);
    expect(extra.json).toMatchObject({ errorCode: 'INVALID_DATA', errors: [{ fieldName: '/force', errorType: 'invalid' }] });
    const missing = desk.post(approve, {});
    expect(missing.json.errors[0]).toMatchObject({ fieldName: '/helpCenterIds', errorType: 'missing' });
    const wrongType = desk.post(`/api/v1/users/${DEMO.userIdOf(DEMO.contacts.active, DEMO.helpCenters.main)}/badges/associate`, {
      badgeIds: [],
    });
    expect(wrongType.status).toBe(422); // minItems 1
    expect(desk.patch(`/api/v1/users/${DEMO.userIdOf(DEMO.contacts.active, DEMO.helpCenters.main)}`, { status: 'GONE' }).status).toBe(422);
  });

  it('answers 400 BAD_REQUEST to a body that is not JSON, and 422 EMPTY_PAYLOAD to none', () => {
    const desk = deskClient();
    const url = `${contactPath}/approveEndUserInvite`;
    const notJson = desk.call('POST', url, { rawBody: 'helpCenterIds=1' });
    expect(notJson.status).toBe(400);
    expect(notJson.json.errorCode).toBe('BAD_REQUEST');
    const empty = desk.call('POST', url, { rawBody: '' });
    expect(empty.status).toBe(422);
    expect(empty.json.errorCode).toBe('EMPTY_PAYLOAD');
  });

  it('checks in Desk order: route, then token, then org, then query', () => {
    const desk = deskClient();
    expect(desk.get('/api/v1/nope', { auth: null }).status).toBe(404);
    expect(desk.get(`${contactPath}?bogus=1`, { auth: null, orgId: null }).status).toBe(401);
    expect(desk.get(`${contactPath}?bogus=1`, { orgId: null }).json.errors[0].fieldName).toBe('/orgId');
    expect(desk.get(`${contactPath}?bogus=1`, { orgId: DEMO.eu.orgId }).status).toBe(403);
  });

  it('names the spec route a request hits', () => {
    const { api } = deskClient();
    expect(api.routeOf('GET', `/api/v1/contacts/${DEMO.contacts.pending}/helpCenters`)).toBe('GET /api/v1/contacts/{contactId}/helpCenters');
    expect(api.routeOf('POST', '/api/v1/contacts/inviteAsEndUser')).toBe('POST /api/v1/contacts/inviteAsEndUser');
    expect(api.routeOf('post', `/api/v1/contacts/${DEMO.contacts.pending}/inviteAsEndUser`)).toBe(
      'POST /api/v1/contacts/{contactId}/inviteAsEndUser',
    );
    expect(api.routeOf('GET', '/api/v1/nope')).toBeNull();
  });
});
