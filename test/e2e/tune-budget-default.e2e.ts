import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, openScenarioFile, projectRoot, screenshot, useBrowser } from './harness';

describe('the budget amount Tune offers before one is typed', () => {
  const app = useBrowser();

  it('is near the scheme’s payout in yuan, with data in 万元 too', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await openScenarioFile(page, resolve(projectRoot, 'scenarios/pharma-2014.json'));
    // The letter's payout per horizon, in the file's unit (万元), as Compare found it.
    const payout = Number(
      await page.locator('[data-testid="outcome-letter-payout"]').getAttribute('data-value'),
    );
    expect(payout).toBeGreaterThan(0);

    await page.locator('nav a[href$="tune"]').click();
    await page.locator('[data-testid="budget-amount"]').click();
    const offered = Number(await page.locator('[data-testid="budget-value"]').inputValue());
    // Typed in yuan: the payout's 万元 times 10,000, to two significant figures.
    expect(Math.abs(offered / (payout * 1e4) - 1)).toBeLessThan(0.05);
    expect(String(offered)).toMatch(/^[1-9][0-9]?0*$/);

    await page.locator('[data-testid="tune-run"]').click();
    await page.waitForSelector('[data-testid="tune-status"][data-state="done"]', {
      timeout: 120_000,
    });
    const answer = page.locator('[data-testid="budget-solution"]');
    expect(await answer.getAttribute('data-status')).toBe('solved');
    await screenshot(page, 'tune-budget-default-10k');
    expect(errors).toEqual([]);
  });
});
