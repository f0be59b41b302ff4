import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  test: {
    include: ['test/unit/**/*.test.ts', 'bench/test/**/*.test.ts'],
    // Hooks open DuckDB and import files, as tests do: on a busy machine that takes over the
    // default 10 s, so they get the tests' time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
