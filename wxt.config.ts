import { fileURLToPath } from 'node:url';
import { defineConfig, type Entrypoint } from 'wxt';
import preact from '@preact/preset-vite';
import { DATA_CENTERS, DATA_CENTER_IDS } from './lib/data-centers';

// The shipped manifest names the real Zoho hosts only; tests and the demo reach the fake Zoho by mapping
// these names to loopback in the browser, never by widening the patterns.
const zohoHosts = DATA_CENTER_IDS.flatMap((id) => [DATA_CENTERS[id].deskHost, DATA_CENTERS[id].accountsHost]);

// The content script runs in every Desk tab and has a 20 KB gzip budget. Its only extension calls
// (runtime.sendMessage, storage.sync) are promise-based natively in Chrome MV3 and Firefox, so it takes WXT's
// native `browser` instead of webextension-polyfill (≈3 KB gzip); the background and options page keep the polyfill.
const nativeBrowser = fileURLToPath(import.meta.resolve('wxt/browser'));

function isContentScriptGroup(entrypoints: readonly Entrypoint[]) {
  return entrypoints.length > 0 && entrypoints.every((entrypoint) => entrypoint.type === 'content-script');
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!isContentScriptGroup(entrypoints)) return;
      viteConfig.resolve ??= {};
      const aliases = viteConfig.resolve.alias;
      const nativeAlias = { find: /^wxt\/browser$/, replacement: nativeBrowser };
      viteConfig.resolve.alias = Array.isArray(aliases)
        ? [nativeAlias, ...aliases]
        : [nativeAlias, ...Object.entries(aliases ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Desk Companion',
    description: 'Help-center status, badges, labels and duplicates on Zoho Desk contact pages.',
    permissions: ['storage', 'identity'],
    host_permissions: zohoHosts.map((host) => `https://${host}/*`),
    // Chrome reads enterprise policy against this schema; Firefox takes policies from policies.json instead.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'desk-companion@desk-companion.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
