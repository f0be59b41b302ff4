import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, sharedData, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

describe('the training screen on a history that ends mid-quarter', () => {
  const app = useBrowser();

  it('believes in the next calendar quarter and names its months', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 120_000);
    // The file's months run from 2023-01 to 2024-02: March closes the quarter under way.
    await page
      .locator('[data-testid="import-file"]')
      .setInputFiles(join(sharedData, 'actual_vs_target.xlsx'));
    await page
      .locator('[data-testid="import-confirm"]:not([disabled])')
      .click({ timeout: 120_000 });
    await page.locator('[data-testid="import-close"]').click({ timeout: 120_000 });
    await waitForState(page, 'done', 120_000);

    await page.locator('nav a[href$="train"]').click();
    const quarter = page.locator('[data-testid="belief-quarter"]');
    await quarter.waitFor({ timeout: 60_000 });
    expect((await quarter.textContent())?.trim()).toBe('2024-04 – 2024-06');
    await screenshot(page, 'train-quarter-en');

    // A described sample rep has no months of its own.
    await page.click('[data-testid="source-sample"]');
    expect(await quarter.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
