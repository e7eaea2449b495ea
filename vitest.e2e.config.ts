import { defineConfig } from 'vitest/config';

// Browser tests: the built site (dist/) served by `vite preview`, driven by playwright-core in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
