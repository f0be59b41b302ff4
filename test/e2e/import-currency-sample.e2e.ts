import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, sharedData, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const picker = (page: Page) => page.locator('#data-currency');
const payout = (page: Page) => page.locator('[data-testid="metric-self-set-payoutMean"]');
const sampleButton = (page: Page) => page.getByRole('button', { name: 'Use sample data' });

/** The data card's name of the history in use. */
async function source(page: Page): Promise<string> {
  const title = page.locator('#data-title').locator('..').locator('..');
  return (await title.locator('.source').textContent()) ?? '';
}

/** Imports the workbook whose amounts its number formats show as dollars, and keeps it. */
async function importDollars(page: Page): Promise<void> {
  const file = join(sharedData, 'actual_vs_target.xlsx');
  await page.locator('[data-testid="import-file"]').setInputFiles(file);
  await page.locator('[data-testid="import-confirm"]:not([disabled])').click({ timeout: 120_000 });
  await page.locator('[data-testid="import-total-sales"]').waitFor({ timeout: 120_000 });
  await page.locator('[data-testid="import-close"]').click();
  await waitForState(page, 'done', 120_000);
  await page.locator('[data-testid="saved-status"]').getByText('actual_vs_target.xlsx').waitFor();
}

async function useSample(page: Page): Promise<void> {
  await sampleButton(page).click();
  await sampleButton(page).and(page.locator('[disabled]')).waitFor();
  await waitForState(page, 'done', 120_000);
}

/** The picker's code and the payout as shown, once the history named `name` has run. */
async function shown(page: Page, name: string): Promise<[string, string]> {
  expect(await source(page)).toContain(name);
  return [await picker(page).inputValue(), await payout(page).innerText()];
}

describe('the currency of the figures when the sample comes back after a dollar import', () => {
  const app = useBrowser();

  it('shows the sample in yuan again, and the kept dollar file in dollars after a reload', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 120_000);
    await importDollars(page);
    expect(await picker(page).inputValue()).toBe('USD');

    await useSample(page);
    const [code, money] = await shown(page, 'Built-in sample');
    expect(code).toBe('CNY');
    expect(money).toMatch(/^CN¥/);
    await screenshot(page, 'currency-sample-after-dollars');

    // The kept file loads again after a reload, in its own dollars.
    await page.reload();
    await waitForState(page, 'done', 120_000);
    const [keptCode, keptMoney] = await shown(page, 'actual_vs_target.xlsx');
    expect(keptCode).toBe('USD');
    expect(keptMoney).toMatch(/^\$/);

    await useSample(page);
    expect(await shown(page, 'Built-in sample')).toEqual(['CNY', expect.stringMatching(/^CN¥/)]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the dollar file in dollars over a reload, and loads the sample in yuan once it is forgotten', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 120_000);
    await importDollars(page);

    await page.reload();
    await waitForState(page, 'done', 120_000);
    expect(await shown(page, 'actual_vs_target.xlsx')).toEqual([
      'USD',
      expect.stringMatching(/^\$/),
    ]);

    await page.locator('[data-testid="saved-clear"]').click();
    await page.locator('[data-testid="saved-status"]').getByText('Forgotten').waitFor();
    await page.reload();
    await waitForState(page, 'done', 120_000);
    expect(await shown(page, 'Built-in sample')).toEqual(['CNY', expect.stringMatching(/^CN¥/)]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('goes back to the euros picked by hand before the import, not to the default yuan', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 120_000);
    await picker(page).selectOption('EUR');
    await importDollars(page);
    expect(await picker(page).inputValue()).toBe('USD');

    await useSample(page);
    expect(await shown(page, 'Built-in sample')).toEqual(['EUR', expect.stringMatching(/^€/)]);

    // A unit picked on the sample is the sample's: the kept file still opens in its dollars.
    await picker(page).selectOption('CNY');
    await page.reload();
    await waitForState(page, 'done', 120_000);
    expect(await shown(page, 'actual_vs_target.xlsx')).toEqual([
      'USD',
      expect.stringMatching(/^\$/),
    ]);
    await useSample(page);
    expect(await shown(page, 'Built-in sample')).toEqual(['CNY', expect.stringMatching(/^CN¥/)]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
