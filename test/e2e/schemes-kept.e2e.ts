import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const payoutCells = '[data-testid^="metric-"][data-testid$="payoutMean"]';

/** Each scheme's payout once the run of `count` schemes is done, by test id. */
async function payouts(page: Page, count: number): Promise<Record<string, string | null>> {
  await page.waitForFunction(
    ([selector, want]) => document.querySelectorAll(selector).length === want,
    [payoutCells, count] as const,
    { timeout: 60_000 },
  );
  await waitForState(page, 'done');
  const cells = page.locator(payoutCells);
  const entries = await cells.evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-testid'), el.getAttribute('data-value')]),
  );
  return Object.fromEntries(entries);
}

describe('schemes sent from the Schemes screen across reloads', () => {
  const app = useBrowser();

  it('the compared schemes and their figures are the same after a reload', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done');
    await page.locator('nav a[href$="schemes"]').click();
    await page.waitForSelector('#schemes-title');
    const beta = page.getByLabel('β: rate on the target').first();
    await beta.fill('0.06');
    await beta.press('Tab');
    await page.locator('.tools select').selectOption({ label: 'Pharmaceutical letter' });
    await page.locator('.tools button').click();
    await page.locator('[data-testid="compare-schemes"]').click();
    await page.waitForURL(app.url);
    const before = await payouts(page, 3);
    expect(Object.values(before).every((value) => Number(value) > 0)).toBe(true);
    // The quota keeps its own performance pay while the self-set scheme's rate reads 6%.
    expect(await page.locator('[data-testid="setting-rate"]').inputValue()).toBe('6');

    // No wait: a change not yet kept is written as the page goes away.
    await page.reload();
    expect(await payouts(page, 3)).toEqual(before);
    expect(await page.locator('[data-testid="setting-rate"]').inputValue()).toBe('6');
    await screenshot(page, 'schemes-kept-reload');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
