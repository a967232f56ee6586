// @vitest-environment node
// The spec loader: Java regexes made JS, the allOf/additionalProperties clash resolved, the route table.
import { describe, expect, it } from 'vitest';
import { loadOas } from '../oas';
import { jsPattern, rewritePattern } from '../oas/patterns';

describe('spec patterns', () => {
  it('rewrites \\P{InBasicLatin}, HTML entities and needless escapes into a JS unicode regex', () => {
    const helpCenterName = jsPattern('^[0-9a-zA-Z\\!\\$\\|\\%&amp;\\#\\-\\*\\+\\,\\^\\_\\`\\~\\s\\.\\P{InBasicLatin}]+$')!;
    const regex = new RegExp(helpCenterName, 'u');
    expect(regex.test('Acme Help & Support #1')).toBe(true);
    expect(regex.test('مركز مساعدة أكمي 🚀')).toBe(true);
    expect(regex.test('a<b')).toBe(false);
    expect(regex.test('x;y')).toBe(false); // '&amp;' meant '&', not the characters a, m, p, ;
    expect(rewritePattern('x\\P{InBasicLatin}y')).toBe('x[\\u{80}-\\u{10FFFF}]y');
    expect(jsPattern('^[\\p{L}\\_]+$')).toBe('^[\\p{L}_]+$');
  });

  it('keeps every pattern of the specs (none dropped) and lists the refs into files outside the subset', () => {
    const oas = loadOas();
    expect(oas.droppedPatterns).toEqual([]);
    expect(oas.danglingRefs.every((ref) => /Actor\.json|Article\.json/.test(ref))).toBe(true);
  });
});

describe('route table', () => {
  it('prefers literal segments over parameters and resolves path-level and $ref parameters', () => {
    const oas = loadOas();
    expect(oas.find('POST', '/api/v1/contacts/inviteAsEndUser')?.operation.route).toBe('POST /api/v1/contacts/inviteAsEndUser');
    const found = oas.find('GET', '/api/v1/contacts/42/helpCenters')!;
    expect(found.pathParams).toEqual({ contactId: '42' });
    expect(found.operation.parameters.map((parameter) => `${parameter.in}:${parameter.name}`).sort()).toEqual(
      ['path:contactId', 'query:helpCenterId', 'query:orgId'].sort(),
    );
    expect(oas.find('GET', '/api/v1/contacts/%E0%A4%A/helpCenters')).toBeNull();
  });

  it('accepts an object spread over allOf branches that each say additionalProperties: false, and still refuses extras', () => {
    const oas = loadOas();
    const schema = oas.find('GET', '/api/v1/labels')!.operation.responses.get('200')!;
    const label = {
      id: '1', name: 'VIP', logoUrl: null, preferences: { bgColor: '#fff', textColor: '#000', shape: 'ROUNDED' },
      helpCenterId: '2', count: '0', createdTime: '2024-01-01T00:00:00.000Z', modifiedTime: '2024-01-01T00:00:00.000Z',
      creator: { id: '3', name: 'A', photoUrl: null }, modifier: { id: '3', name: 'A', photoUrl: null },
    };
    expect(oas.validate(schema, { data: [label] })).toEqual([]);
    expect(oas.validate(schema, { data: [{ ...label, colour: 'red' }] }).map((issue) => issue.pointer)).toEqual(['/data/0/colour']);
    expect(oas.validate(schema, { data: [{ ...label, count: undefined }] }).length).toBeGreaterThan(0);
  });
});
