import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DATA_CENTERS, DATA_CENTER_IDS } from './lib/data-centers';

// The shipped manifest names the real Zoho hosts only; tests and the demo reach the fake Zoho by mapping
// these names to loopback in the browser, never by widening the patterns.
const zohoHosts = DATA_CENTER_IDS.flatMap((id) => [DATA_CENTERS[id].deskHost, DATA_CENTERS[id].accountsHost]);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Desk Companion',
    description: 'Help-center status, badges, labels and duplicates on Zoho Desk contact pages.',
    permissions: ['storage', 'identity'],
    host_permissions: zohoHosts.map((host) => `https://${host}/*`),
    storage: { managed_schema: 'managed-schema.json' },
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
