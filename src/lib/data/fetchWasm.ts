/**
 * DuckDB could not be fetched from the app's server: the connection was lost (or the server
 * stopped) before its code arrived. Nothing is wrong with the user's data; the next call that
 * needs DuckDB tries again.
 */
export class DbUnreachable extends Error {
  constructor(url: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`DuckDB could not be loaded from the app's server (${url}: ${reason})`, { cause });
    this.name = 'DbUnreachable';
  }
}

/** The first bytes of every WebAssembly module: "\0asm". */
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

/**
 * DuckDB's wasm, fetched by the page and given back as a blob: URL for DuckDB's worker to read.
 *
 * DuckDB's worker fetches its wasm itself, with a promise it never catches (duckdb-wasm 1.32,
 * bindings_browser_base.ts): a connection lost during the 34 MB download left an uncaught
 * "Failed to fetch" and a start that hung until its timeout. Fetched here, a lost connection
 * is a DbUnreachable the app handles, and the worker reads the bytes from memory. The blob is
 * given the wasm type, so a server that sends another type no longer matters; a file that is
 * not wasm at all (a missing file answered with the app's page) is refused by its first bytes.
 * The caller revokes the URL once DuckDB has started. Known cost: a blob: URL is outside
 * Chromium's cache of compiled wasm, which keys on the HTTP cache; scripts/serve.js sends no
 * validators, so its wasm is fetched and compiled afresh on every load anyway.
 */
export async function fetchWasm(url: string, fetchFile: typeof fetch = fetch): Promise<string> {
  let bytes: Blob;
  let type: string;
  try {
    const response = await fetchFile(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    type = response.headers.get('content-type') ?? '';
    bytes = await response.blob();
  } catch (error) {
    throw new DbUnreachable(url, error);
  }
  const head = new Uint8Array(await bytes.slice(0, WASM_MAGIC.length).arrayBuffer());
  if (!WASM_MAGIC.every((byte, i) => head[i] === byte)) {
    throw new Error(
      `DuckDB cannot start: ${url} is not WebAssembly (the server sends it as ` +
        `"${type || 'no type'}"); the app's build on the server is probably incomplete.`,
    );
  }
  return URL.createObjectURL(new Blob([bytes], { type: 'application/wasm' }));
}
