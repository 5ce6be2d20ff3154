import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'happy-dom',
    restoreMocks: true,
    // Tests assert behaviour, not speed (that is `npm run bench`'s): a test over pages of thousands
    // of links takes seconds on a loaded 2-core machine, so the limit only catches a hang.
    testTimeout: 30_000,
  },
});
