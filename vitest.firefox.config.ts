import { defineConfig } from 'vitest/config';

// End-to-end in Firefox ESR: the built firefox-mv2 extension, driven by puppeteer-core over WebDriver BiDi,
// against the fake Zoho. Needs `npm run build:firefox` first (npm test does it).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000 } },
  },
});
