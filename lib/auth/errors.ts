import { t } from '../i18n';
import { makeError, type ErrorKind } from '../messages/errors';
import { CallError } from '../messages/errors';

/** A sign-in failure in plain words: what the options page and the panel show under "Connect to Zoho". */
export const authError = (message: string, code: string | null = null, kind: ErrorKind = 'auth-failed') =>
  new CallError(makeError(kind, message, { code }));

export const notConnected = () => new CallError(makeError('not-connected', t('authNotConnected')));

export const notConfigured = () =>
  new CallError(makeError('not-configured', t('authNotConfigured')));
