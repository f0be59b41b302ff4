/**
 * The connection lost while DuckDB's 34 MB wasm downloads, after the first result: DuckDB's own
 * worker fetched it with a promise it never caught, so the page logged an uncaught "Failed to
 * fetch" and DuckDB's start hung until its timeout. The page must stay quiet and whole, an
 * import must say why it cannot read the file, and DuckDB must start once the connection is back.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectRoot, screenshot, useBrowser } from './harness';

const WARM_UP_MARK = 'il-duckdb-warmed-up';

function miniCsv() {
  const rows = ['rep,date,sales', 'Ann,2024-01-31,100', 'Ann,2024-02-29,120', 'Bob,2024-01-31,90'];
  return { name: 'mini.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) };
}

/** Rows and total sales of a CSV with a header, read by name (the sample and the export). */
function salesOf(text: string): { rows: number; total: number } {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const column = header.split(',').indexOf('sales');
  expect(column).toBeGreaterThanOrEqual(0);
  const total = lines.reduce((sum, line) => sum + Number(line.split(',')[column]), 0);
  return { rows: lines.length, total };
}

async function exportedCsv(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.locator('[data-testid="export-csv"]').click();
  return readFileSync(await (await download).path(), 'utf8');
}

describe('the connection lost while DuckDB downloads', () => {
  const app = useBrowser();

  it('leaves no uncaught error, an import says why, and DuckDB starts back online', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    let cut = 0;
    await context.route(/duckdb-[^/]*\.wasm/, async (route) => {
      if (cut > 0) return route.continue();
      cut += 1;
      await context.setOffline(true);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // Chromium logs each failed request itself ("Failed to load resource"): that is expected.
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
        errors.push(text);
      }
    });
    await page.goto(app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]');
    await expect.poll(() => cut).toBe(1);

    // An import offline says DuckDB could not be loaded, and keeps the data and results.
    await page.locator('[data-testid="import-file"]').setInputFiles(miniCsv());
    await page.locator('[data-testid="import-confirm"]').click();
    const refusal = page.locator('[data-testid="import-errors"]');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(
      'mini.csv: not read: the page could not load its in-browser database',
    );
    expect(await page.locator('[data-testid="run-status"]').getAttribute('data-state')).toBe(
      'done',
    );
    await screenshot(page, 'db-download-lost-import');
    await page.keyboard.press('Escape');

    await page.locator('[data-testid="export-csv"]').click();
    expect(await page.locator('[data-testid="export-error"]').innerText()).toMatch(
      /needs the in-browser database.*export again once the connection is back/,
    );

    // Back online, DuckDB starts by itself: the sample's rows go in, then the warm-up runs.
    await context.setOffline(false);
    const seen = (mark: string) => performance.getEntriesByName(mark).length > 0;
    await page.waitForFunction(seen, WARM_UP_MARK, { timeout: 90_000 });
    const sample = readFileSync(resolve(projectRoot, 'static/sample/sales.csv'), 'utf8');
    const exported = salesOf(await exportedCsv(page));
    expect(exported.rows).toBe(salesOf(sample).rows);
    expect(exported.total).toBeCloseTo(salesOf(sample).total, 6);
    expect(errors).toEqual([]);
    await context.close();
  });
});
