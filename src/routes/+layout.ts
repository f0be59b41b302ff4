// DuckDB, workers and window exist only in the browser; the build writes a static shell.
export const ssr = false;
export const prerender = true;
