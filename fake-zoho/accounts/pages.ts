import { escapeHtml, htmlResponse } from '../html';
import type { FakeResponse } from '../types';

/** Zoho shows an error page (and never redirects) when it cannot trust the client or the redirect URI. */
export function errorPage(title: string, message: string): FakeResponse {
  return htmlResponse(400, title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}

/**
 * No Zoho session: a page that needs a human. A non-interactive launchWebAuthFlow fails fast on it; an
 * interactive one shows it, and the button signs in and resumes the authorize request.
 */
export function signInPage(continuePath: string, email: string, error?: string): FakeResponse {
  return htmlResponse(
    200,
    'Sign in to Zoho',
    `<h1>Sign in</h1>${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/oauth/v2/signin">
  <label>Email address <input name="email" type="email" value="${escapeHtml(email)}"></label>
  <input type="hidden" name="continue" value="${escapeHtml(continuePath)}">
  <button type="submit">Sign in</button>
</form>`,
  );
}
