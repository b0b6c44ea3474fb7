// End-to-end tests in real Chromium and Firefox (tests/e2e/**/*.e2e.ts): one file at a time, since
// each file starts browsers on a 2-core machine; the static server comes from globalSetup.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
