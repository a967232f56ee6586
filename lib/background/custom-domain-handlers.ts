import { browser } from 'wxt/browser';
import { policyCustomDomains } from '../config';
import { domainOrigin, normalizeDeskDomain } from '../custom-domains';
import { t } from '../i18n';
import { CallError } from '../messages/errors';
import { makeError, type CustomDomainsView } from '../messages/protocol';
import { createCustomDomains, customDomainsItem, type DomainApis } from './custom-domains';
import type { BackgroundServices, FeatureHandlers } from './services';

export type CustomDomains = ReturnType<typeof createCustomDomains>;

/** The one instance the background's start-up listeners and the message handlers share (one sync at a time). */
export function createBrowserCustomDomains(apis: DomainApis = browser as unknown as DomainApis): CustomDomains {
  return createCustomDomains(apis, policyCustomDomains);
}

type Kinds = 'domains.list' | 'domains.add' | 'domains.remove' | 'site.get';

export function customDomainHandlers({ deps, session }: BackgroundServices): FeatureHandlers<Kinds> {
  const apis = deps.domainApis ?? (browser as unknown as DomainApis);
  const policy = deps.policyCustomDomains ?? policyCustomDomains;
  const domains = deps.customDomains ?? createCustomDomains(apis, policy);

  async function view(): Promise<CustomDomainsView> {
    const managed = await policy();
    const own = (await customDomainsItem.getValue()).filter((host) => !managed.includes(host));
    const rows = [...managed.map((host) => ({ host, managed: true })), ...own.map((host) => ({ host, managed: false }))];
    const granted = await Promise.all(rows.map(({ host }) => apis.permissions.contains({ origins: [domainOrigin(host)] })));
    return rows.map((row, index) => ({ ...row, granted: granted[index]! }));
  }

  return {
    'domains.list': () => view(),
    'domains.add': async ({ host }) => {
      const normal = normalizeDeskDomain(host);
      if (!normal) throw new CallError(makeError('invalid', t('bgDomainInvalid')));
      const managed = (await policy()).includes(normal);
      if (managed) await domains.sync();
      else if (!(await domains.add(normal))) throw new CallError(makeError('invalid', t('bgDomainNotGranted')));
      return view();
    },
    'domains.remove': async ({ host }) => {
      if ((await policy()).includes(host)) throw new CallError(makeError('invalid', t('bgDomainByPolicy')));
      await domains.remove(host);
      return view();
    },
    // Answered only for a content script the router trusted, i.e. one on a listed, granted custom origin.
    'site.get': async (_request, sender) => {
      const host = sender.url ? new URL(sender.url).hostname : '';
      const listed = [...(await customDomainsItem.getValue()), ...(await policy())];
      const dataCenter = await session.dataCenter();
      return listed.includes(host) && dataCenter ? { host, dataCenter } : null;
    },
  };
}
