import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './harness';

/** A table of 200 columns: rep, month, sales and 197 more. */
function wide(): Buffer {
  const extra = Array.from({ length: 197 }, (_, i) => `note_${i + 1}`);
  const row = (rep: string, month: string) => [rep, month, '10', ...extra.map(() => 'x')].join(',');
  return Buffer.from(
    [
      ['rep', 'month', 'sales', ...extra].join(','),
      row('Ann', '2024-01'),
      row('Bo', '2024-02'),
    ].join('\n'),
  );
}

describe('the preview of a wide file in the import dialog', () => {
  const app = useBrowser();

  it('is reached with the keyboard and scrolls with the arrow keys', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    await page
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: wide() });
    const region = page.getByRole('region', { name: 'First rows of the table to import' });
    await region.waitFor({ timeout: 60_000 });

    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 300_000);
});
