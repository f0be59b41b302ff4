import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

const swept = '[data-testid="tune-status"][data-state="done"]';

describe('a budget answer read off a coarse grid where the curve bends', () => {
  const app = useBrowser();

  it('says it is read off a straight line and sweeps again between the grid values', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    // The pharmaceutical letter's pay bends with its quota (pay·Y/Q below it).
    await page.locator('nav a[href$="schemes"]').click();
    await page.locator('.tools select').selectOption('pharma-letter');
    await page.locator('.tools button').click();
    await page.locator('[data-testid="compare-schemes"]').click();
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });

    await page.locator('nav a[href$="tune"]').click();
    await page.locator('[data-testid="tune-scheme"]').selectOption('pharma-letter');
    await page.locator('[data-testid="tune-parameter"]').selectOption('quota.share');
    await page.fill('[data-testid="tune-points"]', '3');
    await page.fill('[data-testid="budget-value"]', '4.4');
    await page.locator('[data-testid="tune-run"]').click();
    await page.waitForSelector(swept, { timeout: 120_000 });

    const solution = page.locator('[data-testid="budget-solution"]');
    const coarse = Number(await solution.getAttribute('data-value'));
    await page.locator('[data-testid="budget-bent"]').waitFor();
    await screenshot(page, 'tune-bent-answer');

    await page.locator('[data-testid="budget-refine"]').click();
    await page.waitForFunction(
      (old) =>
        document.querySelector('[data-testid="tune-status"]')?.getAttribute('data-state') ===
          'done' &&
        Number(
          document.querySelector('[data-testid="budget-solution"]')?.getAttribute('data-value'),
        ) !== old,
      coarse,
      { timeout: 120_000 },
    );
    // The finer sweep lies between the two grid values the coarse answer was read between.
    const fine = Number(await solution.getAttribute('data-value'));
    const from = Number(await page.locator('[data-testid="tune-from"]').inputValue()) / 100;
    const to = Number(await page.locator('[data-testid="tune-to"]').inputValue()) / 100;
    expect(fine).toBeGreaterThanOrEqual(from);
    expect(fine).toBeLessThanOrEqual(to);
    expect(to - from).toBeLessThan(1);
    expect(errors).toEqual([]);
  });
});
