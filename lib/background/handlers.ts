// Placeholder until the API core lands: every call answers "not connected".
import { CallError, type Handlers } from '../messages/router';
import { makeError } from '../messages/protocol';

const notConnected = async (): Promise<never> => {
  throw new CallError(makeError('not-connected', 'Desk Companion is not connected to Zoho.'));
};

export function createHandlers(): Handlers {
  return new Proxy({} as Handlers, { get: () => notConnected });
}
