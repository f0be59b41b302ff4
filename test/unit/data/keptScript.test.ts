import { resolveObjectURL } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { keptScript } from '$lib/data/sheets/keptScript';

const URL_IN_BUILD = '/_app/immutable/workers/readWorkbook.worker.js';
const SCRIPT = 'self.onmessage = () => {};';

/** A server that answers with `answers` in turn, the last one from then on; counts the calls. */
function server(...answers: (() => Response)[]) {
  const calls: string[] = [];
  const fetchFile = (async (url: string) => {
    calls.push(url);
    return answers[Math.min(calls.length, answers.length) - 1]();
  }) as unknown as typeof fetch;
  return { calls, fetchFile };
}

const script = () =>
  new Response(SCRIPT, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
const offline = (): Response => {
  throw new TypeError('Failed to fetch');
};

async function textAt(url: string): Promise<string> {
  const blob = resolveObjectURL(url);
  if (!blob) throw new Error(`no blob at ${url}`);
  return blob.text();
}

describe('keptScript', () => {
  it('keptScript fetches the script once and gives the same blob: URL after the server is gone', async () => {
    const { calls, fetchFile } = server(script, offline);
    const reader = keptScript(URL_IN_BUILD, fetchFile);

    const first = await reader();
    expect(first).toMatch(/^blob:/);
    expect(await textAt(first)).toBe(SCRIPT);
    expect(resolveObjectURL(first)?.type).toBe('text/javascript');
    // Asked again with no server: the same script, and no request.
    expect(await reader()).toBe(first);
    expect(calls).toEqual([URL_IN_BUILD]);
  });

  it('keptScript keeps no failure: asked again once the server is back, it fetches', async () => {
    const { calls, fetchFile } = server(offline, script);
    const reader = keptScript(URL_IN_BUILD, fetchFile);

    await expect(reader()).rejects.toThrow('Failed to fetch');
    expect(await textAt(await reader())).toBe(SCRIPT);
    expect(calls).toHaveLength(2);
  });

  it('keptScript refuses the app’s page sent in place of a missing script', async () => {
    const page = () =>
      new Response('<!doctype html>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    const missing = () => new Response('not found', { status: 404 });
    await expect(keptScript(URL_IN_BUILD, server(page).fetchFile)()).rejects.toThrow(/a page/);
    await expect(keptScript(URL_IN_BUILD, server(missing).fetchFile)()).rejects.toThrow(/404/);
  });
});
