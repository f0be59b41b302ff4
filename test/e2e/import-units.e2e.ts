import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, useBrowser } from './harness';

/** Two reps over a year, amounts in 10,000 yuan as the headers say: 3.5 is 35,000 yuan. */
function wanyuanCsv(): { text: string; total: number } {
  const lines = ['销售员,月份,销售额（万元）,目标（万元）'];
  let total = 0;
  for (const [rep, level] of [
    ['张伟', 3.5],
    ['王芳', 5],
  ] as const) {
    for (let month = 1; month <= 12; month++) {
      const sales = level + (month % 3) / 10;
      total += sales * 10_000;
      lines.push(`${rep},2024-${String(month).padStart(2, '0')},${sales},${level}`);
    }
  }
  return { text: lines.join('\n'), total };
}

describe('the currency of a file whose headers say its amounts are in 10,000 yuan', () => {
  const app = useBrowser();

  it('reads the amounts once in yuan and does not offer to count them in 10,000s again', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    const done = '[data-testid="run-status"][data-state="done"]';
    await page.waitForSelector(done, { timeout: 90_000 });
    const picker = page.locator('#data-currency');
    await picker.selectOption('CNY-10k');

    const { text, total } = wanyuanCsv();
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'wanyuan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    await page.locator('[data-testid="import-confirm"]:not([disabled])').click();
    const totalSales = page.locator('[data-testid="import-total-sales"]');
    await totalSales.waitFor({ timeout: 60_000 });
    // The import's total is the file's sum in yuan, written once: CN¥511,000, not CN¥5.11 billion.
    const shown = Number(
      (await totalSales.textContent())?.replace(/[^\d.]/g, '').replace(/\.$/, ''),
    );
    expect(shown).toBeCloseTo(total, 0);
    await page.locator('[data-testid="import-close"]').click();

    expect(await picker.inputValue()).toBe('CNY');
    expect(await picker.locator('option[value="CNY-10k"]').isDisabled()).toBe(true);
    const note = page.locator('[data-testid="currency-scaled"]');
    expect(await note.textContent()).toContain(en['data.currency.scaled']);
    await screenshot(page, 'import-units-currency');
    expect(errors).toEqual([]);
  });
});
