import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The app's vitest config only collects test/unit; the benchmark's own tests live here.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['bench/test/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
