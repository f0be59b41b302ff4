import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, useBrowser } from './harness';

const done = '[data-testid="run-status"][data-state="done"]';
const swept = '[data-testid="tune-status"][data-state="done"]';

async function sweep(page: Page): Promise<void> {
  await page.locator('[data-testid="tune-run"]').click();
  await page.waitForSelector(swept, { timeout: 120_000 });
}

async function typeBudget(page: Page, text: string): Promise<string> {
  const field = page.locator('[data-testid="budget-value"]');
  await field.fill(text);
  await field.blur();
  return (await page.locator('[data-testid="budget-solution"]').textContent()) ?? '';
}

describe('the budget answer on Tune', () => {
  const app = useBrowser();

  it('names the share typed, and asks for another budget when the range can go no further', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector(done, { timeout: 90_000 });
    await page.locator('nav a[href$="tune"]').click();
    await sweep(page);

    // The share as typed, to its last digit.
    await page.click('[data-testid="budget-share"]');
    const answer = await typeBudget(page, '4.237');
    expect(answer).toContain('payout = 4.237% of sales');

    // The haggled quota's rep opening swept from 0, the least it takes: a budget below every
    // point cannot be met by sweeping lower.
    const schemes = page.locator('[data-testid="tune-scheme"] option');
    const quota = (await schemes.allTextContents()).indexOf(en['scheme.haggled-quota']);
    await page.selectOption('[data-testid="tune-scheme"]', { index: quota });
    await page.selectOption('[data-testid="tune-parameter"]', 'haggling.repOpening');
    await page.fill('[data-testid="tune-from"]', '0');
    await page.fill('[data-testid="tune-to"]', '50');
    await sweep(page);
    await page.click('[data-testid="budget-amount"]');
    const advice = await typeBudget(page, '1000');
    expect(advice).toContain('Set a larger budget, or sweep another parameter.');
    expect(advice).not.toContain('sweep lower values');
    await screenshot(page, 'tune-budget-words-limit');
    expect(errors).toEqual([]);
  }, 300_000);
});
