import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

const done = '[data-testid="run-status"][data-state="done"]';
const swept = '[data-testid="tune-status"][data-state="done"]';

/** Shows the sample's figures in `currency` (the data stay the same numbers) and opens Tune. */
async function tuneIn(page: Page, currency: string): Promise<void> {
  await page.click('nav a[href$="/"]');
  await page.waitForSelector(done, { timeout: 90_000 });
  await page.selectOption('#data-currency', currency);
  await page.locator('nav a[href$="tune"]').click();
  await page.locator('[data-testid="budget-amount"]').waitFor();
}

/** Types a budget amount and reads the answer: the rate found and the sentence saying it. */
async function budgetOf(page: Page, typed: string) {
  const field = page.locator('[data-testid="budget-value"]');
  await field.fill(typed);
  await field.blur();
  const solution = page.locator('[data-testid="budget-solution"]');
  await expect.poll(() => solution.getAttribute('data-status')).toBe('solved');
  return {
    value: Number(await solution.getAttribute('data-value')),
    text: (await solution.textContent()) ?? '',
    shown: await field.inputValue(),
  };
}

const label = (page: Page) =>
  page.locator('.field', { has: page.locator('[data-testid="budget-value"]') }).locator('label');

describe('a budget amount on Tune, typed in the unit of the figures beside it', () => {
  const app = useBrowser();

  it('reads the same budget in yuan, in 万元 data and in dollars, and names the unit', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await page.waitForSelector(done, { timeout: 90_000 });
    await page.locator('nav a[href$="tune"]').click();
    await page.locator('[data-testid="tune-run"]').click();
    await page.waitForSelector(swept, { timeout: 120_000 });
    await page.click('[data-testid="budget-amount"]');

    // The sample in yuan: one million yuan, as digits and as 100万, is one budget.
    const yuanUnit = zhCN['unit.CNY'];
    expect(await label(page).textContent()).toBe(
      zhCN['tune.budgetAmountValue'].replace('{{unit}}', yuanUnit),
    );
    const plain = await budgetOf(page, '1000000');
    expect(plain.text).toContain('¥1,000,000');
    const tenThousands = await budgetOf(page, '100万');
    expect(tenThousands.value).toBe(plain.value);
    // The figure as the page writes it, pasted back: its sign, full-width forms and 元.
    for (const pasted of ['¥1,000,000', '￥１００万元', '1,000,000元']) {
      await budgetOf(page, '2000000');
      expect((await budgetOf(page, pasted)).value, pasted).toBe(plain.value);
      expect(await page.locator('[data-testid="budget-value"]').getAttribute('aria-invalid')).toBe(
        'false',
      );
    }

    // The same numbers counted in 万元: the answer reads in yuan, so the field does too, and
    // the same payout (a million of the data's units) is typed as the ten billion yuan it is.
    await tuneIn(page, 'CNY-10k');
    await page.click('[data-testid="budget-amount"]');
    expect(await label(page).textContent()).toBe(
      zhCN['tune.budgetAmountValue'].replace('{{unit}}', yuanUnit),
    );
    const shownAgain = await page.locator('[data-testid="budget-value"]').inputValue();
    expect(Number(shownAgain)).toBe(1e10);
    const inYuan = await budgetOf(page, '100亿');
    expect(inYuan.value).toBe(plain.value);
    expect(inYuan.text).toContain('¥10,000,000,000');
    await screenshot(page, 'tune-budget-units-zh');

    // In dollars, in English: the field names USD and carries the figures' sign.
    await page.locator('button[lang="en"]').click();
    await tuneIn(page, 'USD');
    await page.click('[data-testid="budget-amount"]');
    expect(await label(page).textContent()).toBe(
      en['tune.budgetAmountValue'].replace('{{unit}}', en['unit.USD']),
    );
    expect(await page.locator('.field .sign').first().textContent()).toBe('$');
    const dollars = await budgetOf(page, '1,000,000');
    expect(dollars.value).toBe(plain.value);
    expect(dollars.text).toContain('$1,000,000');
    await budgetOf(page, '2,000,000');
    expect((await budgetOf(page, '$1,000,000')).value).toBe(plain.value);
    await screenshot(page, 'tune-budget-units-en');
    expect(errors).toEqual([]);
  });
});
