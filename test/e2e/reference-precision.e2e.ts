import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, openScenarioFile, projectRoot, useBrowser } from './harness';

/** domain.md §1: the essay's expected pay at the median of a lognormal, 2·t·m·(1 − Φ(σ)). */
const REFERENCE_PAYOUT = 4.2074029;

describe('the reference scenario on Compare', () => {
  const app = useBrowser();

  it('writes the payout finely enough to check the closed form against its interval', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await openScenarioFile(page, join(projectRoot, 'scenarios', 'reference-lognormal.json'));

    const cell = page.locator('[data-testid="outcome-self-set-payout"]');
    const figure = (await cell.locator('span').first().textContent())?.trim() ?? '';
    const interval = (await cell.locator('.pm').textContent())?.trim() ?? '';
    const half = Number(interval.replace(/^±\s*/, ''));
    expect(half, interval).toBeGreaterThan(0);
    // Written to the interval's leading digit: 4.205 ± 0.00427, not 4.2.
    const decimals = figure.split('.')[1] ?? '';
    expect(10 ** -decimals.length, figure).toBeLessThanOrEqual(half);
    // The 95% interval around the figure, less its rounding, holds the closed form.
    const rounding = 0.5 * 10 ** -decimals.length;
    expect(Math.abs(Number(figure) - REFERENCE_PAYOUT), figure).toBeLessThanOrEqual(
      half + rounding,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  }, 150_000);
});
