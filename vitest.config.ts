import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit and component tests: fast, no browser. The e2e suite has its own config.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts?(x)', 'entrypoints/**/*.test.ts', 'fake-zoho/**/*.test.ts', 'tests/unit/**/*.test.ts?(x)'],
    restoreMocks: true,
    setupFiles: ['tests/unit/i18n-setup.ts', 'tests/unit/indexeddb-setup.ts'],
    // The panel's stylesheet is imported `?inline`: without CSS processing vitest would hand the panel an empty string.
    css: true,
  },
});
