import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dawn.node is a native addon: keep each file in its own forked process.
    pool: 'forks',
    // Memory tests collect garbage first so earlier tests' leftovers are not finalized mid-count.
    execArgv: ['--expose-gc'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/backend-summary-reporter.ts'],
  },
});
