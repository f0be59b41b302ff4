import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, sharedData, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const picker = (page: Page) => page.locator('#data-currency');

/** Imports a file of the shared data with its defaults; returns the dialog's total and notices. */
async function importShared(page: Page, name: string): Promise<{ total: string; notes: string }> {
  await page.locator('[data-testid="import-file"]').setInputFiles(join(sharedData, name));
  await page.locator('[data-testid="import-confirm"]:not([disabled])').click({ timeout: 120_000 });
  const total = page.locator('[data-testid="import-total-sales"]');
  await total.waitFor({ timeout: 120_000 });
  const notes = page.locator('[data-testid="import-warnings"]');
  const shown = { total: await total.innerText(), notes: await notes.innerText() };
  await screenshot(page, `currency-follows-${name}`);
  await page.locator('[data-testid="import-close"]').click();
  await waitForState(page, 'done', 120_000);
  return shown;
}

describe('the currency an import set by itself, at the next import', () => {
  const app = useBrowser();

  it('goes back to yuan for a yuan file imported after a dollar workbook and reload', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 120_000);
    const dollars = await importShared(page, 'actual_vs_target.xlsx');
    expect(dollars.total).toContain('$');
    expect(await picker(page).inputValue()).toBe('USD');

    await page.reload();
    await waitForState(page, 'done', 120_000);
    expect(await picker(page).inputValue()).toBe('USD');
    const yuan = await importShared(page, 'cn_vending_orders_2018-04_gbk.csv');

    expect(yuan.total).toContain('CN¥');
    expect(yuan.notes).toContain(
      'its amounts name no single currency, so the figures are shown in CNY again, the ' +
        'default, and not in the USD the previous file named',
    );
    expect(await picker(page).inputValue()).toBe('CNY');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the currency the user picked, and says so in Chinese when it goes back', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await waitForState(page, 'done', 120_000);
    await importShared(page, 'actual_vs_target.xlsx');
    const back = await importShared(page, 'cn_vending_orders_2018-04_gbk.csv');
    expect(back.notes).toContain('金额未标明单一货币，因此数字恢复以默认的 CNY 显示');

    await importShared(page, 'actual_vs_target.xlsx');
    await picker(page).selectOption('EUR');
    const kept = await importShared(page, 'cn_vending_orders_2018-04_gbk.csv');

    expect(kept.total).toContain('€');
    expect(kept.notes).not.toContain('金额未标明单一货币');
    expect(await picker(page).inputValue()).toBe('EUR');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
