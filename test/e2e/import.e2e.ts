import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { foreignRequests, openPage, screenshot, sharedData, useBrowser } from './harness';

const workbook = resolve(sharedData, 'actual_vs_target.xlsx');
const hasWorkbook = existsSync(workbook);
if (!hasWorkbook) console.warn(`skipping the workbook import: ${workbook} is absent`);

/**
 * Σ actual, Σ target and the rep-months at or above target, read from the workbook's own wide
 * sheets with SheetJS alone (not the importer): every numeric cell right of the name column.
 */
function workbookTotals(): {
  sales: number;
  target: number;
  met: number;
  cells: number;
  /** Mean of |target − sales| / sales and of (target − sales) / sales, over positive sales. */
  mape: number;
  bias: number;
} {
  const book = XLSX.read(readFileSync(workbook), { type: 'buffer' });
  const grid = (name: string) =>
    XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[name], { header: 1 });
  const [actual, target] = [grid('Actual'), grid('Targets')];
  const key = (rows: (string | number)[][]) =>
    new Map(rows.slice(1).map((row) => [String(row[0]), row]));
  const targets = key(target);
  let [sales, goal, met, cells] = [0, 0, 0, 0];
  const gaps: number[] = [];
  for (const [rep, row] of key(actual)) {
    row.forEach((value, i) => {
      if (i === 0 || typeof value !== 'number') return;
      const aim = targets.get(rep)?.[i];
      sales += value;
      cells += 1;
      if (typeof aim === 'number') {
        goal += aim;
        if (value >= aim) met += 1;
        if (value > 0) gaps.push((aim - value) / value);
      }
    });
  }
  const mean = (values: number[]) => values.reduce((a, v) => a + v, 0) / values.length;
  return {
    sales,
    target: goal,
    met,
    cells,
    mape: mean(gaps.map(Math.abs)),
    bias: mean(gaps),
  };
}

async function waitForRun(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout });
}

async function dataSource(page: Page): Promise<string> {
  return (
    (await page
      .locator('#data-title')
      .locator('..')
      .locator('..')
      .locator('.source')
      .textContent()) ?? ''
  );
}

/** The cleaned table as the saved-data panel exports it, read from DuckDB's `sales`. */
async function exportedCsv(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.locator('[data-testid="export-csv"]').click();
  return readFileSync(await (await download).path(), 'utf8');
}

async function numberAt(page: Page, testId: string): Promise<number> {
  return Number(await page.locator(`[data-testid="${testId}"]`).getAttribute('data-value'));
}

describe('importing a workbook in a real browser', () => {
  const app = useBrowser();

  it.skipIf(!hasWorkbook)(
    'imports actual_vs_target.xlsx through the sheet picker, keeps it, survives a bad file, ' +
      'a reload and is cleared',
    async () => {
      const expected = workbookTotals();
      const { page, requests, errors } = await openPage(app.browser, app.url);
      await waitForRun(page);

      await page.locator('[data-testid="import-file"]').setInputFiles(workbook);
      const sheet = page.locator('[data-testid="import-sheet"]');
      await sheet.waitFor();
      expect(await sheet.locator('option').allTextContents()).toEqual([
        'Actual',
        'Targets',
        'Calendar',
        'People',
      ]);

      // Another sheet first, then back: the picker must re-preview each choice.
      await sheet.selectOption('People');
      await page.waitForFunction(
        () =>
          !document
            .querySelector('[data-testid="import-preview"] th')
            ?.textContent?.includes('Period'),
      );
      await sheet.selectOption('Actual');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid="import-preview"] th')].some((th) =>
          th.textContent?.includes('Period'),
        ),
      );
      expect(await page.locator('[data-testid="import-role-target"]').inputValue()).toBe(
        'Target (Targets)',
      );
      await screenshot(page, 'import-sheet-picker');

      await page.locator('[data-testid="import-confirm"]').click();
      await page.locator('[data-testid="import-total-sales"]').waitFor({ timeout: 60_000 });
      await waitForRun(page);
      await screenshot(page, 'import-result');

      expect(await numberAt(page, 'import-total-sales')).toBeCloseTo(expected.sales, 2);
      expect(await numberAt(page, 'import-total-target')).toBeCloseTo(expected.target, 2);
      expect(await numberAt(page, 'import-met')).toBe(expected.met);
      // The figures the data's README gives, as a check on the independent sum above.
      expect(expected.sales).toBeCloseTo(18_949_239, 2);
      expect(expected.met).toBe(164);
      expect(expected.cells).toBe(350);

      await page.locator('[data-testid="import-close"]').click();
      expect(await dataSource(page)).toContain('actual_vs_target.xlsx');
      // The file's own targets, measured as the schemes' target error is, stay in view.
      const percent = (share: number) => `${(100 * share).toFixed(1)}%`;
      const card = page.locator('section[aria-labelledby="data-title"]');
      expect(await card.textContent()).toContain(
        `The targets recorded in the file missed sales by ${percent(expected.mape)} on ` +
          `average (the measure of the schemes' "Target error"; bias +${percent(expected.bias)}, ` +
          `above zero when targets exceeded sales) and were met in ${expected.met} of ` +
          `${expected.cells} rep-periods`,
      );
      const resultBefore = await numberAt(page, 'metric-self-set-payoutMean');

      const download = page.waitForEvent('download');
      await page.locator('[data-testid="export-csv"]').click();
      const csv = readFileSync(await (await download).path(), 'utf8');
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('rep,period,sales,target');
      expect(lines).toHaveLength(351);
      const exported = lines.slice(1).reduce((sum, line) => sum + Number(line.split(',')[2]), 0);
      expect(exported).toBeCloseTo(expected.sales, 2);

      // A broken workbook fails in words and leaves the data and the results as they were.
      await page.locator('[data-testid="import-file"]').setInputFiles({
        name: 'broken.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]),
      });
      await page.locator('[data-testid="import-errors"]').waitFor();
      expect(await page.locator('[data-testid="import-errors"]').textContent()).toContain(
        'broken.xlsx: cannot read as an Excel workbook',
      );
      await screenshot(page, 'import-broken');
      await page.keyboard.press('Escape');
      expect(await dataSource(page)).toContain('actual_vs_target.xlsx');
      expect(await numberAt(page, 'metric-self-set-payoutMean')).toBe(resultBefore);

      // The file is kept in the browser: a reload imports it again and runs on it.
      await page
        .locator('[data-testid="saved-status"]')
        .getByText('actual_vs_target.xlsx')
        .waitFor();
      await page.reload();
      await waitForRun(page);
      expect(await dataSource(page)).toContain('actual_vs_target.xlsx');
      expect(await page.locator('[data-testid="saved-status"]').textContent()).toContain(
        'actual_vs_target.xlsx',
      );
      await screenshot(page, 'import-after-reload');

      // Forgetting it: the next reload starts on the sample again.
      await page.locator('[data-testid="saved-clear"]').click();
      await page.locator('[data-testid="saved-status"]').getByText('Forgotten').waitFor();
      await page.reload();
      await waitForRun(page);
      expect(await dataSource(page)).toContain('Built-in sample');
      await screenshot(page, 'import-cleared');

      expect(foreignRequests(requests, app.url)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it('refuses a history where no rep sold anything and keeps the data and results', async () => {
    const { page, requests, errors } = await openPage(app.browser, app.url);
    await waitForRun(page);
    const before = {
      source: await dataSource(page),
      payout: await numberAt(page, 'metric-self-set-payoutMean'),
      table: await exportedCsv(page),
      status: await page.locator('[data-testid="run-status"]').textContent(),
    };

    // 5 reps × 12 months, every sale 0.
    const lines = ['rep,date,sales'];
    for (let r = 1; r <= 5; r += 1)
      for (let m = 1; m <= 12; m += 1) lines.push(`R${r},2024-${String(m).padStart(2, '0')}-15,0`);
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'zeros.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    await page.locator('[data-testid="import-confirm"]:not([disabled])').click();
    await page.locator('[data-testid="import-errors"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="import-errors"]').textContent()).toContain(
      'zeros.csv: no rep has any positive sales to simulate',
    );
    expect(await page.locator('[data-testid="import-result"]').count()).toBe(0);

    await page.locator('[data-testid="import-discard"]').click();
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });
    expect(await dataSource(page)).toBe(before.source);
    expect(await numberAt(page, 'metric-self-set-payoutMean')).toBe(before.payout);
    expect(await exportedCsv(page)).toBe(before.table);
    expect(await page.locator('[data-testid="saved-status"]').textContent()).not.toContain(
      'zeros.csv',
    );
    // The dialog said why; the results still match the data, so they are neither dimmed nor
    // marked as a previous run's, and the status is the run's, not the refusal's.
    expect(await page.locator('[data-testid="run-stale"]').count()).toBe(0);
    expect(await page.locator('[data-stale="true"]').count()).toBe(0);
    expect(await page.locator('[data-testid="run-status"]').textContent()).toBe(before.status);

    expect(foreignRequests(requests, app.url)).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});
