import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built app in Debian's Chromium; they run one file at a time so that
// two browsers never compete for the machine's two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
