import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './harness';
import {
  injectWorkerFault,
  metricValues,
  onThirdBlock,
  restartWorkers,
  runState,
  waitForState,
} from './reliability-helpers';

/** Faults the browser can really produce in a worker, each injected into the real worker. */
const faults = {
  'throws during a run': onThirdBlock(`throw new Error('injected fault in a block');`),
  'runs out of memory': onThirdBlock(
    `const hog = []; for (;;) hog.push(new ArrayBuffer(2 ** 30));`,
  ),
  'stops mid-run without a word': onThirdBlock('self.close();'),
  'cannot load': `throw new Error('injected fault at load');`,
};

const expectedMessage: Record<keyof typeof faults, RegExp> = {
  'throws during a run': /injected fault in a block/,
  'runs out of memory': /Array buffer allocation failed/,
  'stops mid-run without a word': /stopped without an answer/,
  'cannot load': /injected fault at load/,
};

describe('faults in the browser', () => {
  const app = useBrowser();

  async function open(prepare?: (context: BrowserContext) => Promise<unknown>) {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    let crashed = false;
    await prepare?.(context);
    const page: Page = await context.newPage();
    page.on('crash', () => (crashed = true));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(app.url);
    return { context, page, errors, crashed: () => crashed };
  }

  for (const [name, fault] of Object.entries(faults) as [keyof typeof faults, string][]) {
    it(`a worker that ${name} fails the run, shows no partial result, and the next run works`, async () => {
      let armed = false;
      const { context, page, crashed } = await open((c) =>
        injectWorkerFault(c, fault, () => armed),
      );
      await waitForState(page, 'done');
      const complete = await metricValues(page);
      expect(Object.keys(complete).length).toBeGreaterThan(0);

      await restartWorkers(page);
      armed = true;
      const started = Date.now();
      await page.locator('button.run').click();
      const line = await waitForState(page, 'error', 15_000);

      expect(Date.now() - started).toBeLessThan(10_000);
      // Workers may also make the plan, so a worker that cannot load fails while setting targets.
      expect(line).toMatch(/Failed while (simulating|setting targets)/);
      // A worker's own exception is worded for the reader; its text is under "Details".
      const detail = page.locator('[data-testid="run-error-detail"]');
      const shown = (await detail.count()) > 0 ? await detail.textContent() : '';
      expect(`${line} ${shown}`).toMatch(expectedMessage[name]);
      // What stays on screen is the last complete run, never the blocks that did finish.
      expect(await metricValues(page)).toEqual(complete);
      await screenshot(page, `reliability-worker-${name.replaceAll(' ', '-')}`);

      armed = false;
      await page.locator('button.run').click();
      await waitForState(page, 'done', 30_000);
      expect(await metricValues(page)).toEqual(complete);
      expect(crashed()).toBe(false);
      await context.close();
    });
  }

  const csv = 'rep,month,sales\nA,2025-01,10\nA,2025-02,12\nB,2025-01,9\nB,2025-02,11\n';
  const smallCsv = { name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };

  // The page fetches DuckDB's wasm itself and hands it on typed as wasm (fetchWasm.ts), so a
  // server that sends it as another type, which once kept DuckDB from starting, is no matter.
  it('a wasm served with the wrong MIME type still starts DuckDB, and an import runs', async () => {
    const { context, page } = await open((c) =>
      c.route('**/*.wasm', async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers(), 'content-type': 'application/octet-stream' };
        await route.fulfill({ response, headers });
      }),
    );
    await waitForState(page, 'done', 30_000);

    await page.locator('[data-testid="import-file"]').setInputFiles(smallCsv);
    await page.locator('[data-testid="import-confirm"]').click();
    // The data card names the file once it is the data in use.
    await page.locator('dd.source', { hasText: 'small.csv' }).waitFor({ timeout: 30_000 });
    await waitForState(page, 'done', 30_000);
    await context.close();
  });

  // The sample runs on its precomputed calibration, without DuckDB: a wasm the server does not
  // have shows when a file is imported, the first thing that needs the database.
  it('a page served in place of the wasm gives a clear message within seconds', async () => {
    const { context, page } = await open((c) =>
      c.route('**/*.wasm', (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html>' }),
      ),
    );
    await waitForState(page, 'done', 30_000);

    await page.locator('[data-testid="import-file"]').setInputFiles(smallCsv);
    const started = Date.now();
    await page.locator('[data-testid="import-confirm"]').click();
    const line = await waitForState(page, 'error', 10_000);

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(line).toMatch(/starting the database/);
    expect(line).toMatch(
      /is not WebAssembly \(the server sends it as "text\/html; charset=utf-8"\)/,
    );
    await screenshot(page, 'reliability-wasm-missing');

    await context.unrouteAll();
    await page.locator('[data-testid="import-confirm"]').click();
    await waitForState(page, 'done', 30_000);
    expect(await runState(page)).toBe('done');
    await context.close();
  });
});
