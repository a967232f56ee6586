import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Chromium (tooling/find-browser.ts finds it) against the fake Zoho.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts', 'fake-zoho/test/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A real browser and service worker: polls wait as long as an agent would before calling it broken.
    expect: { poll: { timeout: 10_000 } },
  },
});
