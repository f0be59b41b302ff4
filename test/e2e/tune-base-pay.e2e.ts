import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

describe('a sweep of the self-set scheme’s base pay under the floor at 0', () => {
  const app = useBrowser();

  it('spans the data’s scale and says that base pay does not act on payout there', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    await page.locator('nav a[href$="tune"]').click();
    await page.locator('[data-testid="tune-parameter"]').selectOption('basePay');
    expect(Number(await page.locator('[data-testid="tune-to"]').inputValue())).toBeGreaterThan(1);

    await page.locator('[data-testid="tune-run"]').click();
    await page.waitForSelector('[data-testid="tune-status"][data-state="done"]', {
      timeout: 120_000,
    });
    const answer = (await page.locator('[data-testid="budget-solution"]').textContent()) ?? '';
    expect(answer).toContain('pays the same');
    expect(answer).not.toMatch(/sweep (lower|higher) values/);
    // Sales are held at the history's: the screen says why revenue is flat.
    await page.locator('[data-testid="tune-sales-fixed"]').waitFor();
    await screenshot(page, 'tune-base-pay');
    expect(errors).toEqual([]);
  });
});
