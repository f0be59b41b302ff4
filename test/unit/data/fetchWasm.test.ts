import { resolveObjectURL } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { DbUnreachable, fetchWasm } from '$lib/data/fetchWasm';

const URL_IN_BUILD = '/_app/immutable/assets/duckdb-eh.wasm';
/** The smallest valid module: the magic "\0asm" and version 1. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

const answering = (response: Response) => (async () => response) as unknown as typeof fetch;

/** A body that sends its first chunk and then fails, as a connection lost mid-download. */
function cutBody(): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (sent) controller.error(new TypeError('network error'));
      else controller.enqueue(EMPTY_MODULE.slice(0, 4));
      sent = true;
    },
  });
}

async function blobAt(url: string): Promise<Blob> {
  const blob = resolveObjectURL(url);
  if (!blob) throw new Error(`no blob at ${url}`);
  return blob as unknown as Blob;
}

describe('fetchWasm', () => {
  it('fetchWasm gives a blob: URL of the same bytes, typed as wasm whatever was sent', async () => {
    const response = new Response(EMPTY_MODULE, { headers: { 'content-type': 'text/plain' } });
    const url = await fetchWasm(URL_IN_BUILD, answering(response));

    expect(url).toMatch(/^blob:/);
    const blob = await blobAt(url);
    expect(blob.type).toBe('application/wasm');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(EMPTY_MODULE);
    expect(WebAssembly.validate(new Uint8Array(await blob.arrayBuffer()))).toBe(true);
    URL.revokeObjectURL(url);
  });

  it('fetchWasm rejects with DbUnreachable, naming the file, when the request fails', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const failure = fetchWasm(URL_IN_BUILD, offline);

    await expect(failure).rejects.toBeInstanceOf(DbUnreachable);
    await expect(failure).rejects.toThrow(`${URL_IN_BUILD}: Failed to fetch`);
  });

  it('fetchWasm rejects with DbUnreachable when the body stops part way', async () => {
    const response = new Response(cutBody(), { headers: { 'content-type': 'application/wasm' } });
    await expect(fetchWasm(URL_IN_BUILD, answering(response))).rejects.toBeInstanceOf(
      DbUnreachable,
    );
  });

  it('fetchWasm rejects with DbUnreachable on a server error, which may pass', async () => {
    const failure = fetchWasm(URL_IN_BUILD, answering(new Response('busy', { status: 503 })));
    await expect(failure).rejects.toBeInstanceOf(DbUnreachable);
    await expect(failure).rejects.toThrow(/HTTP 503/);
  });

  it('fetchWasm refuses a page sent for the wasm, naming its type, as no lost line', async () => {
    const page = new Response('<!doctype html><html></html>', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    const failure = fetchWasm(URL_IN_BUILD, answering(page));

    await expect(failure).rejects.toThrow(/is not WebAssembly .*"text\/html; charset=utf-8"/);
    await expect(failure).rejects.not.toBeInstanceOf(DbUnreachable);
  });
});
