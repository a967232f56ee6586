import { describe, expect, it } from 'vitest';
import { CallError } from '../messages/errors';
import { parseCodeRedirect, parseTokenRedirect } from './redirect';

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';
const US = 'https://accounts.zoho.com';

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CallError);
    return (error as CallError).apiError;
  }
  throw new Error('expected a refusal');
}

describe('the redirect back from Zoho', () => {
  it('takes the code, data center and accounts server of a multi-DC account', () => {
    const url = `${REDIRECT}?code=1000.abc&state=s1&location=eu&accounts-server=${encodeURIComponent('https://accounts.zoho.eu')}`;
    expect(parseCodeRedirect(url, REDIRECT, 's1', US)).toEqual({ code: '1000.abc', dataCenter: 'eu', accountsServer: 'https://accounts.zoho.eu' });
  });

  it('knows every data center’s accounts server', () => {
    const url = `${REDIRECT}?code=c&state=s&location=ca&accounts-server=${encodeURIComponent('https://accounts.zohocloud.ca')}`;
    expect(parseCodeRedirect(url, REDIRECT, 's', US).dataCenter).toBe('ca');
  });

  it('refuses a state that does not match this attempt', () => {
    const error = refusal(() => parseCodeRedirect(`${REDIRECT}?code=c&state=forged`, REDIRECT, 's1', US));
    expect(error).toMatchObject({ kind: 'auth-failed', code: 'STATE_MISMATCH' });
    expect(refusal(() => parseCodeRedirect(`${REDIRECT}?code=c`, REDIRECT, 's1', US)).code).toBe('STATE_MISMATCH');
  });

  it.each([
    'https://evil.example',
    'https://accounts.zoho.com.evil.example',
    'http://accounts.zoho.com',
    'https://accounts.zoho.com:8443',
    'https://user@accounts.zoho.com',
    'https://accounts.zoho.com/oauth/v2/token?x=',
    'javascript:alert(1)',
  ])('refuses an accounts-server that is not a Zoho accounts server: %s', (server) => {
    const url = `${REDIRECT}?code=c&state=s&location=us&accounts-server=${encodeURIComponent(server)}`;
    const error = refusal(() => parseCodeRedirect(url, REDIRECT, 's', US));
    expect(error).toMatchObject({ kind: 'auth-failed', code: 'UNKNOWN_ACCOUNTS_SERVER' });
    expect(error.message).toMatch(/not a Zoho accounts server/);
  });

  it('refuses a location that contradicts the accounts server', () => {
    const url = `${REDIRECT}?code=c&state=s&location=eu&accounts-server=${encodeURIComponent(US)}`;
    expect(refusal(() => parseCodeRedirect(url, REDIRECT, 's', US)).code).toBe('DATA_CENTER_MISMATCH');
  });

  it('reports Zoho’s own refusal', () => {
    expect(refusal(() => parseCodeRedirect(`${REDIRECT}?error=access_denied&state=s`, REDIRECT, 's', US))).toMatchObject({
      kind: 'auth-failed',
      code: 'access_denied',
    });
  });

  it('refuses a redirect to another address', () => {
    expect(refusal(() => parseCodeRedirect('https://other.chromiumapp.org/?code=c&state=s', REDIRECT, 's', US)).kind).toBe('auth-failed');
  });

  it('reads the implicit grant’s token from the fragment', () => {
    const url = `${REDIRECT}#access_token=1000.tok&expires_in=3600&state=s&location=in&accounts-server=${encodeURIComponent('https://accounts.zoho.in')}`;
    expect(parseTokenRedirect(url, REDIRECT, 's', US)).toEqual({
      accessToken: '1000.tok',
      expiresInSec: 3600,
      dataCenter: 'in',
      accountsServer: 'https://accounts.zoho.in',
    });
    expect(refusal(() => parseTokenRedirect(`${REDIRECT}#access_token=t&state=x`, REDIRECT, 's', US)).code).toBe('STATE_MISMATCH');
  });
});
