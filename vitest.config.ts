import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit and component tests: fast, no browser. The e2e suite has its own config.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts?(x)', 'entrypoints/**/*.test.ts', 'fake-zoho/**/*.test.ts', 'tests/unit/**/*.test.ts?(x)'],
    restoreMocks: true,
    // Tests against the fake Zoho make real HTTPS round trips and key derivations: on a loaded machine one can
    // pass 5 s. Speed is measured by `npm run bench`, not by a test's time limit.
    testTimeout: 20_000,
    setupFiles: ['tests/unit/i18n-setup.ts', 'tests/unit/indexeddb-setup.ts', 'tests/unit/trusted-events-setup.ts', 'tests/unit/merge-dialog-setup.ts'],
    // The panel's stylesheet is imported `?inline`: without CSS processing vitest would hand the panel an empty string.
    css: true,
  },
});
