import { fileURLToPath } from 'node:url';
import { defineConfig, type Entrypoint } from 'wxt';
import preact from '@preact/preset-vite';
import { DATA_CENTERS, DATA_CENTER_IDS, DESK_HOSTS } from './lib/data-centers';
import { noUnsafeSinks } from './tooling/vite-no-unsafe-sinks';
import { CUSTOM_DOMAIN_ORIGINS } from './lib/custom-domains';
import { TOGGLE_PANEL_COMMAND, TOGGLE_PANEL_KEY } from './lib/messages/panel-toggle';

// The shipped manifest names the real Zoho hosts only; tests and the demo reach the fake Zoho by mapping
// these names to loopback in the browser, never by widening the patterns.
const zohoHosts = DATA_CENTER_IDS.flatMap((id) => [DATA_CENTERS[id].deskHost, DATA_CENTERS[id].accountsHost]);

// The content script runs in every Desk tab and has a 20 KB gzip budget and a 1 ms main-thread budget on pages that
// are not contact pages. Its only extension calls (runtime.sendMessage, storage.sync, i18n) are promise-based
// natively in Chrome MV3 and Firefox, so the scripts in Desk's pages take the native namespace, chosen at first use
// (lib/page-world/lazy-browser.ts), instead of webextension-polyfill (≈3 KB gzip); the background and options page
// keep the polyfill.
const lazyNativeBrowser = fileURLToPath(new URL('./lib/page-world/lazy-browser.ts', import.meta.url));

/**
 * The scripts that run in Desk's pages: the content script (entrypoints/desk-page, declared in the manifest below)
 * and the panels it has injected on contact pages and on account pages.
 */
const PAGE_WORLD_SCRIPTS = new Set(['desk-page', 'panel', 'account-panel', 'merge-dialog']);

function isPageWorldGroup(entrypoints: readonly Entrypoint[]) {
  return entrypoints.length > 0 && entrypoints.every((entrypoint) => PAGE_WORLD_SCRIPTS.has(entrypoint.name));
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), noUnsafeSinks()] }),
  zip: {
    // `npm run zip` → .output/desk-companion-<version>-chrome.zip, -firefox.zip and -sources.zip (the source
    // code AMO reviewers rebuild with `npm ci && npm run build:firefox`). WXT already leaves out node_modules,
    // hidden files and folders (.output, .wxt, .ci) and *.test.* files; these are build products or local clutter.
    excludeSources: ['artifacts/**', 'dist/**', '**/*.log', '**/*.zip'],
  },
  hooks: {
    // Firefox reads enterprise policy from policies.json, not from storage.managed_schema (Chrome-only below), so
    // the schema file would ship unused in the Firefox package.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') return;
      const unused = files.findIndex((file) => file.relativeDest === 'managed-schema.json');
      if (unused >= 0) files.splice(unused, 1);
    },
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!isPageWorldGroup(entrypoints)) return;
      // What Desk's pages load is held to 20 KB gzip (scripts/check-bundle-size.ts): terser's repeated passes
      // shrink it further than the default minifier does. The background and options page keep the faster default.
      // Terser is the slow part of these builds by design; the bundler's note that a plugin took most of the time
      // would only be noise in every build's output.
      viteConfig.build = {
        ...viteConfig.build,
        minify: 'terser',
        terserOptions: { compress: { passes: 3 }, format: { comments: false } },
        rolldownOptions: { ...viteConfig.build?.rolldownOptions, checks: { ...viteConfig.build?.rolldownOptions?.checks, pluginTimings: false } },
      };
      viteConfig.resolve ??= {};
      const aliases = viteConfig.resolve.alias;
      const nativeAlias = { find: /^wxt\/browser$/, replacement: lazyNativeBrowser };
      viteConfig.resolve.alias = Array.isArray(aliases)
        ? [nativeAlias, ...aliases]
        : [nativeAlias, ...Object.entries(aliases ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the panel's code is injected into Desk tabs only on contact pages (see entrypoints/panel.ts).
    permissions: ['storage', 'identity', 'scripting'],
    host_permissions: zohoHosts.map((host) => `https://${host}/*`),
    // An org's own Desk domain (lib/custom-domains.ts): the options page requests exactly that one origin when the
    // agent adds it, so the manifest must allow any https origin as optional; nothing broader is ever requested.
    // MV2 has no optional_host_permissions (WXT drops the key there): Firefox takes origins in optional_permissions.
    ...(browser === 'firefox' ? { optional_permissions: [CUSTOM_DOMAIN_ORIGINS] } : { optional_host_permissions: [CUSTOM_DOMAIN_ORIGINS] }),
    // Written out rather than generated from a WXT content-script entrypoint: see entrypoints/desk-page/index.ts.
    content_scripts: [
      { matches: DESK_HOSTS.map((host) => `https://${host}/agent/*`), js: ['desk-page.js'], run_at: 'document_idle' },
    ],
    // The keyboard shortcut (lib/messages/panel-toggle.ts); agents change it in the browser's shortcut settings.
    commands: {
      [TOGGLE_PANEL_COMMAND]: { suggested_key: { default: TOGGLE_PANEL_KEY }, description: '__MSG_commandTogglePanel__' },
    },
    // Chrome reads enterprise policy against this schema; Firefox takes policies from policies.json instead.
    // 103: storage.session and storage.setAccessLevel (keeping tokens out of content scripts) need 102,
    // AbortSignal.timeout (the token endpoint's deadline) 103.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' }, minimum_chrome_version: '103' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'desk-companion@desk-companion.dev',
              strict_min_version: '142.0',
              // What the add-on handles and sends on (to Zoho only): the agent's Zoho sign-in (OAuth tokens, the
              // client credentials) and the contacts' names, emails and phone numbers it reads and merges.
              data_collection_permissions: { required: ['authenticationInfo', 'personallyIdentifyingInfo'] },
            },
          },
        }
      : {}),
  }),
});
