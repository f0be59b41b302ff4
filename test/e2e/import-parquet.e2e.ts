/**
 * A Parquet file with Chinese column names, written here by an independent writer, imported
 * through the page's file picker in Chromium: its totals must be the rows' own, a run must
 * finish on it, and a cut-off Parquet file must be refused by name with the data kept.
 */
import type { Page } from 'playwright-core';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { foreignRequests, openPage, screenshot, useBrowser } from './harness';

/** Three reps over two years of months, sales swinging around a target that grows. */
function history() {
  const rows: { rep: string; month: Date; sales: number; target: number }[] = [];
  for (const [r, rep] of ['张伟', '李娜', '王芳'].entries()) {
    for (let m = 0; m < 24; m++) {
      const target = 50_000 * (r + 1) + 500 * m;
      const sales = Math.round(target * (0.75 + 0.06 * ((m * 5 + r * 7) % 9)));
      rows.push({ rep, month: new Date(Date.UTC(2023, m, 1)), sales, target });
    }
  }
  return rows;
}

function parquet(rows: ReturnType<typeof history>): Buffer {
  const bytes = parquetWriteBuffer({
    columnData: [
      { name: '销售代表', data: rows.map((row) => row.rep) },
      { name: '月份', data: rows.map((row) => row.month) },
      { name: '销售额', data: rows.map((row) => row.sales) },
      { name: '目标', data: rows.map((row) => row.target) },
    ],
    schema: [
      { name: 'root', num_children: 4 },
      { name: '销售代表', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
      { name: '月份', type: 'INT32', converted_type: 'DATE', repetition_type: 'REQUIRED' },
      { name: '销售额', type: 'DOUBLE', repetition_type: 'REQUIRED' },
      { name: '目标', type: 'DOUBLE', repetition_type: 'REQUIRED' },
    ],
  });
  return Buffer.from(bytes);
}

async function waitForRun(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: 90_000 });
}

async function numberAt(page: Page, testId: string): Promise<number> {
  return Number(await page.locator(`[data-testid="${testId}"]`).getAttribute('data-value'));
}

describe('importing a Parquet file in a real browser', () => {
  const app = useBrowser();

  it('imports its rows, runs on them and refuses a cut-off Parquet file', async () => {
    const rows = history();
    const { page, requests, errors } = await openPage(app.browser, app.url);
    await waitForRun(page);

    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: '销售.parquet',
      mimeType: 'application/octet-stream',
      buffer: parquet(rows),
    });
    await page.locator('[data-testid="import-confirm"]').click();
    await page.locator('[data-testid="import-total-sales"]').waitFor({ timeout: 60_000 });
    await screenshot(page, 'import-parquet-result');

    const sum = (pick: (row: (typeof rows)[number]) => number) =>
      rows.reduce((total, row) => total + pick(row), 0);
    expect(await numberAt(page, 'import-total-sales')).toBe(sum((row) => row.sales));
    expect(await numberAt(page, 'import-total-target')).toBe(sum((row) => row.target));
    expect(await numberAt(page, 'import-met')).toBe(
      rows.filter((row) => row.sales >= row.target).length,
    );

    await page.keyboard.press('Escape');
    await waitForRun(page);
    const source = page.locator('#data-title').locator('..').locator('..').locator('.source');
    expect(await source.textContent()).toContain('销售.parquet');
    const payout = await numberAt(page, 'metric-self-set-payoutMean');
    expect(payout).toBeGreaterThan(0);

    const cut = parquet(rows).subarray(0, 400);
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'cut.parquet',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(cut),
    });
    await page.locator('[data-testid="import-errors"]').waitFor();
    expect(await page.locator('[data-testid="import-errors"]').textContent()).toContain(
      'cut.parquet',
    );
    await screenshot(page, 'import-parquet-cut');
    await page.keyboard.press('Escape');
    expect(await source.textContent()).toContain('销售.parquet');
    expect(await numberAt(page, 'metric-self-set-payoutMean')).toBe(payout);

    expect(foreignRequests(requests, app.url)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
