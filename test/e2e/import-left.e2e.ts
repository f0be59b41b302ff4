import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

/** Monthly rows of `rep` from `first` for `count` months (Jan 2023 is 0), sales near `sales`. */
function rows(rep: string, first: number, count: number, sales: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const m = 2023 * 12 + first + i;
    const month = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    return `${rep},${month},${sales + ((i * 37) % 11) * 1_000}`;
  });
}

// Two reps over 2023–2025; 李娜's rows cover 2024 only, as a rep's do who left at its end.
const csv = [
  '销售代表,月份,销售额',
  ...rows('张伟', 0, 36, 300_000),
  ...rows('王芳', 0, 36, 150_000),
  ...rows('李娜', 12, 12, 200_000),
].join('\n');

async function importLeaver(page: Page): Promise<string> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
    timeout: 120_000,
  });
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name: 'left.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('[data-testid="import-confirm"]:not([disabled])').click({ timeout: 120_000 });
  const notices = page.locator('[data-testid="import-warnings"]');
  await notices.waitFor({ timeout: 120_000 });
  return (await notices.textContent()) ?? '';
}

/** The reps the history chart offers once the run on the imported data is done. */
async function historyReps(page: Page): Promise<string[]> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
    timeout: 120_000,
  });
  return page.locator('[data-testid="history-rep"] option').allTextContents();
}

describe('importing a file where a rep’s rows stop a year before its end', () => {
  const app = useBrowser();

  it('names the rep as left in the import result and leaves it out of the reps', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    const notices = await importLeaver(page);
    expect(notices).toContain(
      '1 rep has no rows in the last year of the data (2025-01 to 2025-12)',
    );
    expect(notices).toContain('it is not fitted or simulated: "李娜"');
    await screenshot(page, 'import-left-result');

    const reps = await historyReps(page);
    expect(reps.map((r) => r.trim()).sort()).toEqual(['张伟', '王芳'].sort());
    expect(errors).toEqual([]);
  }, 300_000);

  it('says the same in Chinese', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    const notices = await importLeaver(page);
    expect(notices).toContain('在数据的最后一年（2025-01 至 2025-12）没有任何行');
    expect(notices).toContain('视为已离职');
    expect(notices).toContain('“李娜”');
    await screenshot(page, 'import-left-result-zh');
    expect(errors).toEqual([]);
  }, 300_000);
});
