import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

const behaviourTab = (page: Page) => page.locator('nav a[href$="behaviour"]');
const compareTab = (page: Page) => page.locator('nav a[href$="/"]').first();
const runButton = (page: Page) => page.locator('[data-testid="behaviour-run"]');
const behaviourField = (page: Page, key: string) =>
  page.locator(`[data-testid="behaviour-${key}"]`);

/** Compare's economics field by its label, with the assumptions shown. */
async function compareField(page: Page, label: string) {
  const details = page.locator('details.assumptions');
  await details.waitFor();
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return details.getByLabel(label, { exact: true });
}

async function waitForCompare(page: Page): Promise<void> {
  await page.locator('[data-testid="run-status"][data-state="done"]').waitFor({ timeout: 60_000 });
}

/** An amount as the en-US page writes it ("CN¥1.23M", "−$45.6K"), before any "±". */
function money(text: string): number {
  const figure = text.split('±')[0].trim();
  const match = /([\d,]+(?:\.\d+)?)\s*([KMB])?/.exec(figure);
  if (!match) throw new Error(`no amount in ${text}`);
  const scale = { K: 1e3, M: 1e6, B: 1e9 }[match[2] ?? ''] ?? 1;
  const sign = /^[-−]/.test(figure) ? -1 : 1;
  return sign * Number(match[1].replace(/,/g, '')) * scale;
}

/** Sales and profit of the behaviour table's first scheme. */
async function firstRow(page: Page): Promise<{ sales: number; profit: number; text: string }> {
  const cells = page.locator('[data-testid="behaviour-table"] tbody tr').first().locator('td');
  const sales = (await cells.nth(1).textContent()) ?? '';
  const profit = (await cells.nth(12).textContent()) ?? '';
  return { sales: money(sales), profit: money(profit), text: `${sales} | ${profit}` };
}

async function runBehaviour(page: Page): Promise<void> {
  await runButton(page).click();
  await page.waitForFunction(
    () => {
      const outcome = document.querySelector('.outcome');
      const running = document.querySelector('.intro [role="status"] button');
      return outcome?.getAttribute('data-previous') === 'false' && !running;
    },
    null,
    { timeout: 120_000 },
  );
}

describe('one set of company economics on Compare and the behaviour screen', () => {
  const app = useBrowser();

  it('takes a margin changed on Compare to the behaviour screen and its profit', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'en-US');
    await waitForCompare(page);
    await behaviourTab(page).click();
    await expect(behaviourField(page, 'margin').inputValue()).resolves.toBe('30');
    await runBehaviour(page);
    const before = await firstRow(page);

    await compareTab(page).click();
    const margin = await compareField(page, en['economics.margin']);
    await margin.fill('45');
    await margin.blur();

    await behaviourTab(page).click();
    await expect(behaviourField(page, 'margin').inputValue()).resolves.toBe('45');
    // The results on show were run at the earlier margin: they read as stale until rerun.
    await page.locator('[data-testid="behaviour-other-settings"]').waitFor();
    await expect(page.locator('.outcome').getAttribute('data-previous')).resolves.toBe('true');
    await screenshot(page, 'behaviour-economics-stale');

    await runBehaviour(page);
    const after = await firstRow(page);
    // Same seed, same draws: only the margin moved, so profit rises by 15% of sales.
    const rise = (after.profit - before.profit) / after.sales;
    expect(rise, `${before.text} → ${after.text}`).toBeGreaterThan(0.13);
    expect(rise, `${before.text} → ${after.text}`).toBeLessThan(0.17);
    await expect(page.getByText(/margin 45(\.0)?%/).count()).resolves.toBe(1);
    expect(await page.locator('[data-testid="behaviour-other-settings"]').count()).toBe(0);

    // And back: a forecast cost typed on this screen is Compare's.
    const under = behaviourField(page, 'underCost');
    await under.fill('40');
    await under.blur();
    await page.locator('[data-testid="behaviour-other-settings"]').waitFor();
    await screenshot(page, 'behaviour-economics-en');
    await compareTab(page).click();
    await waitForCompare(page);
    const compareUnder = await compareField(page, en['economics.underCost']);
    await expect(compareUnder.inputValue()).resolves.toBe('40');
    await screenshot(page, 'compare-economics-en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the shared fields under the same names in Chinese on both screens', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await waitForCompare(page);
    const margin = await compareField(page, zhCN['economics.margin']);
    await margin.fill('40');
    await margin.blur();
    await screenshot(page, 'compare-economics-zh');

    await behaviourTab(page).click();
    const panel = page.locator('section[aria-labelledby="behaviour-settings-title"]');
    const shared = panel.getByLabel(zhCN['economics.margin'], { exact: true });
    await expect(shared.inputValue()).resolves.toBe('40');
    await runBehaviour(page);
    await expect(page.getByText(/毛利率 40(\.0)?%/).count()).resolves.toBe(1);
    await screenshot(page, 'behaviour-economics-zh');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
