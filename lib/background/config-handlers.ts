import { optionsClientItem, saveOptionsClient } from '../config';
import { t } from '../i18n';
import { ZOHO_SCOPES } from '../auth/scopes';
import { CallError } from '../messages/errors';
import { makeError, type ConfigView } from '../messages/protocol';
import type { BackgroundServices, FeatureHandlers } from './services';

/** The options page's view of the client settings: never the secret itself, only whether there is one. */
export function configHandlers({ loadConfig, configSaved, redirectUri }: BackgroundServices): FeatureHandlers<'config.get' | 'config.save'> {
  async function configView(): Promise<ConfigView> {
    const config = await loadConfig();
    let uri = '';
    try {
      uri = redirectUri();
    } catch {
      // No identity API in this context: the page shows no redirect URI.
    }
    return {
      clientId: config.clientId,
      clientIdSource: config.clientIdSource,
      hasClientSecret: config.clientSecret !== null,
      managed: config.managed,
      allowedPortals: config.allowedPortals,
      redirectUri: uri,
      scopes: ZOHO_SCOPES,
    };
  }

  return {
    'config.get': () => configView(),
    'config.save': async ({ clientId, clientSecret }) => {
      const config = await loadConfig();
      if (config.managed.clientId) {
        throw new CallError(makeError('invalid', t('bgClientIdByPolicy')));
      }
      const saved = await optionsClientItem.getValue();
      let secret: string | null;
      if (clientSecret === null) secret = null;
      else if (clientSecret?.trim()) secret = clientSecret.trim();
      // The page never receives the saved secret, so an empty field means "keep it" — for the same client only.
      else secret = saved?.clientId === clientId ? saved.clientSecret : null;
      await saveOptionsClient({ clientId, clientSecret: secret });
      configSaved();
      return configView();
    },
  };
}
