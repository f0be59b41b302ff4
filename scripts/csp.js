// The app's Content-Security-Policy, in one place: svelte.config.js puts it in a <meta> of every
// prerendered page (with hashes of SvelteKit's inline start-up script), and scripts/serve.js sends
// it as a header, which also covers the workers (a dedicated worker takes the policy of its own
// response, not the page's meta).

/** Directives in SvelteKit's form: keywords without quotes. */
export const cspDirectives = {
  'default-src': ['self'],
  // DuckDB compiles its .wasm in its worker; WebAssembly needs this keyword, not 'unsafe-eval'.
  'script-src': ['self', 'wasm-unsafe-eval'],
  // The workbook reader starts from a blob: URL of its script, fetched once from this origin
  // (keptScript.ts), so that it can be started again with the connection lost.
  'worker-src': ['self', 'blob:'],
  // DuckDB's worker reads its wasm from a blob: URL of the bytes the page fetched (fetchWasm.ts):
  // a blob: URL names memory of this origin, so nothing can leave by it.
  'connect-src': ['self', 'blob:'],
  // Chart images are drawn through data: and blob: URLs when a summary is saved as PNG.
  'img-src': ['self', 'data:', 'blob:'],
  // Svelte and d3 write style attributes; style injection cannot run script.
  'style-src': ['self', 'unsafe-inline'],
  'font-src': ['self'],
  'object-src': ['none'],
  'base-uri': ['self'],
  'form-action': ['self'],
};

const keywords = new Set([
  'self',
  'none',
  'unsafe-inline',
  'unsafe-eval',
  'wasm-unsafe-eval',
  'strict-dynamic',
]);

/** The directives as a header value; `extra` adds header-only ones such as frame-ancestors. */
export function cspHeader(directives = cspDirectives, extra = {}) {
  return Object.entries({ ...directives, ...extra })
    .map(([name, sources]) => {
      const quoted = sources.map((source) => (keywords.has(source) ? `'${source}'` : source));
      return [name, ...quoted].join(' ');
    })
    .join('; ');
}
