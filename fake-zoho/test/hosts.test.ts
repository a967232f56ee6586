// @vitest-environment node
// The extension's host table against the fake's own: they are written separately, so a host mistyped in lib/
// shows here instead of working against a fake that copied it.
import { describe, expect, it } from 'vitest';
import { DATA_CENTERS, DATA_CENTER_IDS } from '@/lib/data-centers';
import { classifyHost, DATA_CENTER_IDS as FAKE_IDS, ZOHO_DATA_CENTERS } from '../hosts';

describe('Zoho hosts', () => {
  it('the extension knows the same data centers as the fake', () => {
    expect([...DATA_CENTER_IDS].sort()).toEqual([...FAKE_IDS].sort());
  });

  it.each(DATA_CENTER_IDS)('%s: the extension’s Desk and accounts hosts are the ones the fake serves', (id) => {
    expect(DATA_CENTERS[id].deskHost).toBe(ZOHO_DATA_CENTERS[id].desk);
    expect(DATA_CENTERS[id].accountsHost).toBe(ZOHO_DATA_CENTERS[id].accounts);
    expect(classifyHost(DATA_CENTERS[id].deskHost)).toEqual({ kind: 'desk', dataCenter: id });
    expect(classifyHost(DATA_CENTERS[id].accountsHost)).toEqual({ kind: 'accounts', dataCenter: id });
  });

  it('serves no look-alike', () => {
    for (const host of ['desk.zoho.ca', 'desk.zoho.com.evil.example', 'accounts.zoho.co', 'zoho.com']) {
      expect(classifyHost(host)).toEqual({ kind: 'unknown' });
    }
  });
});
