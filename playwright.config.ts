import { defineConfig } from '@playwright/test';

// End-to-end tests: the built extension (.output/chrome-mv3, `npm run build` first) in
// Debian's Chromium. One worker: the tests share one browser and click its toolbar button.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
  },
});
