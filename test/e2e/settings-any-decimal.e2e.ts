import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

const done = '[data-testid="run-status"][data-state="done"]';

async function selfSetPayout(page: Page): Promise<number> {
  const cell = page.locator('[data-testid="metric-self-set-payoutMean"]');
  return Number(await cell.getAttribute('data-value'));
}

describe('Compare runs on any rate within its limits, whatever the field’s arrow step', () => {
  const app = useBrowser();

  it('runs a rate of 3.54%, which the rate field’s 0.5 step does not reach', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector(done, { timeout: 90_000 });
    const before = await selfSetPayout(page);

    const rate = page.locator('[data-testid="setting-rate"]');
    await rate.fill('3.54');
    await rate.press('Tab');
    await page.locator('[data-testid="run-button"]').click();
    await page.waitForFunction(
      (old) =>
        document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state') ===
          'done' &&
        Number(
          document
            .querySelector('[data-testid="metric-self-set-payoutMean"]')
            ?.getAttribute('data-value'),
        ) !== old,
      before,
      { timeout: 90_000 },
    );
    await screenshot(page, 'settings-rate-3.54');

    // The essay's pay is t times a bracket that t does not change (the floor at 0 included),
    // and both runs use the same draws: the payout moves in proportion to the rate.
    expect((await selfSetPayout(page)) / before).toBeCloseTo(3.54 / 5, 6);
    expect(errors).toEqual([]);
  });
});
