import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cspDirectives } from './scripts/csp.js';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // Prerendered pages get the policy as a <meta>, with hashes of SvelteKit's inline script.
    csp: { mode: 'hash', directives: cspDirectives },
  },
};
