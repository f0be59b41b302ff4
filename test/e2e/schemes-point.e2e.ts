import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

describe('the rep the Schemes screen draws its curves for', () => {
  const app = useBrowser();

  it('refuses negative expected sales in red and keeps drawing the last accepted rep', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}schemes`);
    await page.waitForSelector('#schemes-title');
    const field = page.locator('[data-testid="point-expected"]');
    const curves = page.locator('[data-testid="payout-curve"]');
    const rows = page.locator('[data-testid="pay-table"] tbody tr');
    const drawn = await curves.count();
    expect(drawn).toBeGreaterThan(0);

    await field.fill('-100');
    await field.press('Tab');

    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const label = page.locator('label', { has: field });
    expect(await label.textContent()).toContain('Enter a number from 0.01');
    expect(await field.inputValue()).toBe('-100');
    expect(await curves.count()).toBe(drawn);
    expect(await rows.count()).toBeGreaterThan(0);
    const quantiles = await page.locator('[data-testid="quantile"]').allTextContents();
    expect(quantiles.join(' ')).not.toContain('NaN');
    await screenshot(page, 'schemes-point-refused');

    await field.fill('250');
    await field.press('Tab');
    expect(await field.getAttribute('aria-invalid')).toBe('false');
    expect(await label.textContent()).not.toContain('Enter a number');
    expect(errors).toEqual([]);
  });
});
