import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    // Judge tests start real sandbox processes and compare real timings: one file at a time keeps the
    // two cores of a CI machine from turning a Time Limit Exceeded into a coin toss.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
