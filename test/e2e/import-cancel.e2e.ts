import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchCsv } from '../../bench/import';
import type { ImportStep } from '../../src/lib/data/importWatch';
import { foreignRequests, openPage, screenshot, useBrowser } from './harness';

// Generous hang guards only: a 300,000-row import on a loaded 2-core machine can take long.
const IMPORT_GUARD = 180_000;

async function waitForRun(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
    timeout: IMPORT_GUARD,
  });
}

async function dataSource(page: Page): Promise<string> {
  const title = page.locator('#data-title').locator('..').locator('..');
  return (await title.locator('.source').textContent()) ?? '';
}

async function payoutMean(page: Page): Promise<string | null> {
  return page.locator('[data-testid="metric-self-set-payoutMean"]').getAttribute('data-value');
}

/** The cleaned table as the saved-data panel exports it: read from DuckDB's `sales` and groups. */
async function exported(page: Page): Promise<string> {
  const download = page.waitForEvent('download', { timeout: IMPORT_GUARD });
  await page.locator('[data-testid="export-csv"]').click();
  return readFileSync(await (await download).path(), 'utf8');
}

/**
 * 3 reps over 2023–2024, one row a month each, in the regions North and South: a small file
 * with groups of its own. Rep k sells 100·k + month, so the export can be checked by eye.
 */
function regionsCsv(): string {
  const lines = ['rep,date,sales,region'];
  for (let k = 1; k <= 3; k += 1)
    for (let m = 0; m < 24; m += 1) {
      const month = String((m % 12) + 1).padStart(2, '0');
      const region = k === 1 ? 'North' : 'South';
      lines.push(`Rep ${k},${2023 + Math.floor(m / 12)}-${month}-10,${100 * k + m},${region}`);
    }
  return `${lines.join('\n')}\n`;
}

/**
 * Confirms the chosen file and returns the progress texts seen, in order, until the import is
 * in step `at`; then `stop` (a Cancel click or an Escape) runs in the page from a
 * MutationObserver, a microtask after that step is on screen. The import only moves on when
 * DuckDB's worker answers, which is a later task, so it is still in that step when stopped.
 */
async function confirmAndStop(
  page: Page,
  stop: 'click' | 'escape',
  at: ImportStep,
): Promise<string[]> {
  await page.locator('[data-testid="import-confirm"]:not([disabled])').waitFor({
    timeout: IMPORT_GUARD,
  });
  await page.evaluate(
    ({ how, step }) => {
      const seen: string[] = [];
      (window as unknown as { seenSteps: string[] }).seenSteps = seen;
      const observer = new MutationObserver(() => {
        const progress = document.querySelector('[data-testid="import-progress"]');
        const text = progress?.textContent?.trim();
        if (text && seen.at(-1) !== text) seen.push(text);
        if (progress?.getAttribute('data-step') !== step) return;
        observer.disconnect();
        if (how === 'click') {
          document.querySelector<HTMLButtonElement>('[data-testid="import-cancel"]')?.click();
        } else {
          const dialog = document.querySelector('[data-testid="import-dialog"]');
          dialog?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        }
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    },
    { how: stop, step: at },
  );
  await page.locator('[data-testid="import-confirm"]').click();
  await page.locator('[data-testid="import-cancelled"]').waitFor({ timeout: IMPORT_GUARD });
  return page.evaluate(() => (window as unknown as { seenSteps: string[] }).seenSteps);
}

describe('cancelling an import in a real browser', () => {
  const app = useBrowser();
  let folder: string;
  let file: string;
  let regions: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'il-cancel-'));
    file = join(folder, 'orders-300k.csv');
    writeFileSync(file, benchCsv(300_000));
    regions = join(folder, 'regions.csv');
    writeFileSync(regions, regionsCsv());
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows the steps of a 300,000-row import, cancels it and keeps the sample', async () => {
    const { page, requests, errors } = await openPage(app.browser, app.url);
    await waitForRun(page);
    const before = { source: await dataSource(page), payout: await payoutMean(page) };
    expect(before.source).toContain('Built-in sample');

    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    const seen = await confirmAndStop(page, 'click', 'checking');
    await screenshot(page, 'import-cancelled');

    expect(seen[0]).toMatch(/step 1 of 4: reading the file/);
    expect(seen.at(-1)).toMatch(/step 2 of 4: checking the rows/);
    expect(await page.locator('[data-testid="import-cancelled"]').textContent()).toContain(
      'Import cancelled',
    );
    expect(await page.locator('[data-testid="import-progress"]').count()).toBe(0);

    // The dialog closes as after a failure; the sample and its results are as they were.
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });
    expect(await dataSource(page)).toBe(before.source);
    expect(await payoutMean(page)).toBe(before.payout);
    expect(await page.locator('[data-testid="run-stale"]').count()).toBe(0);

    // A fresh run on the same data still works and gives the same seeded result.
    await page.locator('[data-testid="run-button"]').click();
    await waitForRun(page);
    expect(await payoutMean(page)).toBe(before.payout);

    expect(foreignRequests(requests, app.url)).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);

  it('in Chinese, Escape cancels, and the same file then imports in full', async () => {
    const { page, requests, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await waitForRun(page);

    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    const seen = await confirmAndStop(page, 'escape', 'checking');

    expect(seen[0]).toContain('第 1 步，共 4 步：读取文件');
    expect(seen.at(-1)).toContain('第 2 步，共 4 步：检查各行');
    expect(await page.locator('[data-testid="import-cancelled"]').textContent()).toContain(
      '导入已取消',
    );

    await page.locator('[data-testid="import-confirm"]').click();
    await page.locator('[data-testid="import-result"]').waitFor({ timeout: IMPORT_GUARD });
    await waitForRun(page);
    await page.locator('[data-testid="import-close"]').click();
    expect(await dataSource(page)).toContain('orders-300k.csv');

    expect(foreignRequests(requests, app.url)).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);

  it('cancelled while the reps are fitted, the data, groups and results before stay', async () => {
    const { page, requests, errors } = await openPage(app.browser, app.url);
    await waitForRun(page);
    await page.locator('[data-testid="import-file"]').setInputFiles(regions);
    await page.locator('[data-testid="import-confirm"]:not([disabled])').click();
    await page.locator('[data-testid="import-result"]').waitFor({ timeout: IMPORT_GUARD });
    await waitForRun(page);
    await page.locator('[data-testid="import-close"]').click();
    await page.locator('[data-testid="groups-reps"]').waitFor({ timeout: IMPORT_GUARD });
    const before = {
      source: await dataSource(page),
      payout: await payoutMean(page),
      groups: await page.locator('[data-testid="groups-panel"]').innerText(),
      table: await exported(page),
    };
    expect(before.source).toContain('regions.csv');
    // 3 reps × 24 months, with each rep's region: Rep 2 sold 200 + 5 in June 2023.
    expect(before.table.trim().split(/\r?\n/)).toHaveLength(1 + 72);
    expect(before.table).toMatch(/\nRep 2,2023-06-\d\d,205,[^,]*,South\r?\n/);

    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    const seen = await confirmAndStop(page, 'click', 'fitting');
    await screenshot(page, 'import-cancelled-fitting');

    expect(seen.at(-1)).toMatch(/step 4 of 4: fitting the reps/);
    expect(await page.locator('[data-testid="import-progress"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });
    expect(await dataSource(page)).toBe(before.source);
    expect(await payoutMean(page)).toBe(before.payout);
    expect(await page.locator('[data-testid="run-stale"]').count()).toBe(0);
    expect(await page.locator('[data-testid="groups-panel"]').innerText()).toBe(before.groups);
    // DuckDB's tables are the file's again, not the 300,000 rows the fit had begun on.
    expect(await exported(page)).toBe(before.table);

    await page.locator('[data-testid="run-button"]').click();
    await waitForRun(page);
    expect(await payoutMean(page)).toBe(before.payout);

    expect(foreignRequests(requests, app.url)).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);
});
