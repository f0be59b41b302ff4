import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { companyCsv } from '../../bench/companyCsv';
import { openPage, useBrowser } from './harness';

const REPS = 1000;

/** Tune's per-rep pay on a 1,000-rep company: computed on the workers, shown a page at a time. */
describe("Tune's per-rep table on a large company", () => {
  const app = useBrowser();

  it('tables every rep, fifty rows at a time, and exports them all', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    // Few trials: this checks the table, not the figures.
    await page.getByRole('spinbutton', { name: 'Trials' }).fill('300');
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'company.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(companyCsv(REPS, 24)),
    });
    await page.locator('[data-testid="import-confirm"]').click({ timeout: 120_000 });
    // Once the file is in, the dialog reports it and the run on it is under way.
    await page.locator('[data-testid="import-close"]').click({ timeout: 120_000 });
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 120_000,
    });

    await page.getByRole('link', { name: 'Tune' }).click();
    await page.click('[data-testid="tune-run"]');
    await page.waitForSelector('[data-testid="tune-status"][data-state="done"]', {
      timeout: 180_000,
    });
    await page.click('[data-testid="per-rep-run"]');
    const rows = page.locator('[data-testid="per-rep-table"] tbody tr');
    await rows.first().waitFor({ timeout: 180_000 });

    expect(await rows.count()).toBe(50);
    await page.click('[data-testid="per-rep-more"]');
    expect(await rows.count()).toBe(100);
    await expect(page.locator('[data-testid="per-rep-more"]').textContent()).resolves.toMatch(
      /900/,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-reps"]'),
    ]);
    const lines = readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(REPS + 1);
    expect(errors).toEqual([]);
  }, 400_000);
});
