// Desk's error bodies. Messages are Zoho's own where Common.json has an example; the rest follow their style.
// Every 422 carries `errors[]`: several operations' 422 schema (invalidDataErrorResponse) requires it, and the
// others (errorJson, multipleUnprocessEntityResponse) allow it.

export interface Reply {
  status: number;
  /** Serialised as JSON; undefined for an empty body (204). */
  json?: unknown;
}

export type ErrorType = 'invalid' | 'duplicate' | 'missing';

export interface FieldError {
  fieldName: string;
  errorType: ErrorType;
  errorMessage: string;
}

export const MESSAGES = {
  urlNotFound: 'The URL you requested could not be found.',
  invalidOauth: 'The OauthToken is invalid or has expired.',
  forbidden: 'You are not authorized to access this resource.',
  invalidData: 'The data does not comply to the validation restrictions defined.',
  internal: 'An internal server error occurred while performing this operation.',
  scopeMismatch: 'The OAuth token does not have the scope this URL needs.',
  orgMismatch: 'The organization in the orgId does not match the one the OAuthToken was generated for.',
} as const;

export function errorReply(status: number, errorCode: string, message: string, errors?: FieldError[]): Reply {
  if (status === 422 && !errors) errors = [];
  return { status, json: errors ? { errorCode, message, errors } : { errorCode, message } };
}

export const notFound = () => errorReply(404, 'URL_NOT_FOUND', MESSAGES.urlNotFound);
export const invalidOauth = () => errorReply(401, 'INVALID_OAUTH', MESSAGES.invalidOauth);

export function invalidData(errors: FieldError[], message: string = MESSAGES.invalidData): Reply {
  return errorReply(422, 'INVALID_DATA', message, errors);
}

export function unprocessable(message: string, errors: FieldError[] = []): Reply {
  return errorReply(422, 'UNPROCESSABLE_ENTITY', message, errors);
}

export function invalidField(fieldName: string, errorMessage: string, errorType: ErrorType = 'invalid'): FieldError {
  return { fieldName, errorType, errorMessage };
}
