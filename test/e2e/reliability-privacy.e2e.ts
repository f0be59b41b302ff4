import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir } from '../corpus/corpus';
import { foreignRequests, openPage, projectRoot, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const build = resolve(projectRoot, 'build');
const pages = readdirSync(build).filter((name) => name.endsWith('.html'));

/** The policy of a built page, as directive → sources. */
function metaPolicy(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  expect(meta, 'the page has a CSP meta').not.toBeNull();
  return new Map(
    (meta?.[1] ?? '').split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources] as [string, string[]];
    }),
  );
}

/** Records the CSP violations every document of the page reports, across navigations. */
async function watchViolations(page: Page): Promise<() => string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__reportViolation', (line: string) => seen.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation(line: string): void })
        .__reportViolation;
      report(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return () => [...seen];
}

describe('privacy: the app talks to its own origin only', () => {
  const app = useBrowser();
  let other: Server;
  let otherUrl: string;
  const otherHits: string[] = [];

  beforeAll(async () => {
    // A second origin on loopback: anything that reaches it got past the policy.
    other = createServer((req, res) => {
      otherHits.push(req.url ?? '');
      res.end('leaked');
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const address = other.address();
    otherUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });

  afterAll(async () => {
    await new Promise((done) => other?.close(done));
  });

  it('every built page carries a CSP meta that allows only its own origin', () => {
    expect(pages).toContain('index.html');
    for (const name of pages) {
      const policy = metaPolicy(readFileSync(resolve(build, name), 'utf8'));

      expect(policy.get('default-src'), name).toEqual(["'self'"]);
      // blob: is memory of this origin: DuckDB's worker reads its wasm from it (fetchWasm.ts).
      expect(policy.get('connect-src'), name).toEqual(["'self'", 'blob:']);
      expect(policy.get('object-src'), name).toEqual(["'none'"]);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts.slice(0, 2), name).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      for (const source of scripts.slice(2)) expect(source).toMatch(/^'sha256-[\w+/=]+'$/);
      for (const sources of policy.values()) {
        for (const source of sources) expect(source, name).toMatch(/^('[\w-]+'|data:|blob:)$|sha/);
      }
    }
  });

  it('the server sends the same policy as a header, with framing forbidden', async () => {
    const response = await fetch(app.url);
    const header = response.headers.get('content-security-policy') ?? '';
    const html = await response.text();

    const meta = /content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the policy is in force: requests to another origin are blocked before they leave', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await page.goto(app.url);
    await waitForState(page, 'done');

    const attempts = await page.evaluate(async (target) => {
      const fetched = await fetch(`${target}fetch`).then(
        () => 'fetched',
        () => 'blocked',
      );
      const image = new Image();
      image.src = `${target}image`;
      const script = document.createElement('script');
      script.src = `${target}script.js`;
      document.head.append(script);
      await new Promise((done) => setTimeout(done, 500));
      return fetched;
    }, otherUrl);

    expect(attempts).toBe('blocked');
    expect(otherHits).toEqual([]);
    await expect.poll(() => violations().length).toBeGreaterThanOrEqual(3);
    const seen = violations();
    for (const directive of ['connect-src', 'img-src', 'script-src-elem']) {
      expect(
        seen.some((line) => line.startsWith(directive)),
        directive,
      ).toBe(true);
    }
    await context.close();
  });

  it('loading, importing, running and moving between screens ask nothing of another host', async () => {
    const { page, requests } = await openPage(app.browser, app.url);
    const violations = await watchViolations(page);
    await page.reload();
    await waitForState(page, 'done');

    await page
      .locator('[data-testid="import-file"]')
      .setInputFiles(resolve(corpusDir.pathname, 'markup-names.csv'));
    await page.locator('[data-testid="import-confirm"]').click();
    await waitForState(page, 'done');
    for (const screen of pages.filter((name) => name !== 'index.html')) {
      await page.goto(`${app.url}${screen.replace(/\.html$/, '')}`);
      await page.waitForLoadState('networkidle');
    }

    expect(foreignRequests(requests, app.url)).toEqual([]);
    expect(violations()).toEqual([]);
    expect(otherHits).toEqual([]);
  });
});
