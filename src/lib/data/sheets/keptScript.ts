/**
 * A worker's script, fetched from the app's server the first time it is asked for and kept in
 * memory as a blob: URL, so that a worker can be started from it again once the connection is
 * lost: a worker started from the script's own address fetches it from the server each time.
 * A fetch that fails is not kept, so the next call tries again; so is a page sent in the
 * script's place (the server answers a missing file with the app's page).
 */
export function keptScript(url: string, fetchFile: typeof fetch = fetch): () => Promise<string> {
  let kept: Promise<string> | null = null;
  return () => {
    kept ??= scriptUrl(url, fetchFile).catch((error: unknown) => {
      kept = null;
      throw error;
    });
    return kept;
  };
}

async function scriptUrl(url: string, fetchFile: typeof fetch): Promise<string> {
  const response = await fetchFile(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('text/html')) throw new Error(`${url}: a page was sent, not the script`);
  const bytes = await response.blob();
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}
