import { browser } from 'wxt/browser';
import { restrictStorageToTrustedContexts } from '../auth/token-store';
import type { BackgroundServices, FeatureHandlers } from './services';

export function sessionHandlers({ session, deps, diagnostics }: BackgroundServices): FeatureHandlers<
  'session.get' | 'session.connect' | 'session.disconnect' | 'options.open'
> {
  return {
    'session.get': () => session.status(),
    'session.connect': async ({ grant }) => {
      await restrictStorageToTrustedContexts();
      return session.connect(grant ?? 'code');
    },
    'session.disconnect': async () => {
      const signedOut = await session.disconnect();
      // What failed for this agent (request ids, Zoho's messages) goes with the sign-in.
      await diagnostics.clear();
      return signedOut;
    },
    'options.open': async () => {
      await (deps.openOptionsPage ?? (() => browser.runtime.openOptionsPage()))();
      return null;
    },
  };
}
