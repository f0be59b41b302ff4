import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

const letter = 'scenarios/pharma-2014.json';

/** The visible label of every number field of the first scheme, and of the curve's inputs. */
async function labels(page: Page): Promise<string[]> {
  const editor = page.locator('[data-testid="scheme-editor"]').first();
  const fields = await editor.locator('.field > label, .field > .name').allTextContents();
  const point = await page.locator('.point label').allTextContents();
  return [...fields, ...point].map((text) => text.trim());
}

type Words = Record<'schemes.inUnit' | 'schemes.field.values' | 'schemes.expected', string>;

const inUnit = (catalog: Words, name: string, unit: string) =>
  catalog['schemes.inUnit'].replace('{{name}}', name).replace('{{unit}}', unit);
const withUnit = <C extends Words>(catalog: C, key: keyof C & string, unit: string) =>
  inUnit(catalog, String(catalog[key]), unit);

describe('the scheme editor on a letter whose amounts are in 10,000 yuan', () => {
  const app = useBrowser();

  it('names the unit of every amount field in both languages and keeps the file’s numbers', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    const done = '[data-testid="run-status"][data-state="done"]';
    await page.waitForSelector(done, { timeout: 90_000 });
    const { seed } = JSON.parse(readFileSync(letter, 'utf8'));
    await page.locator('[data-testid="open-scenario"]').setInputFiles(letter);
    await page.waitForFunction(
      (s) => document.querySelector('[data-testid="run-seed"]')?.textContent === String(s),
      seed,
      { timeout: 60_000 },
    );
    await page.waitForSelector(done, { timeout: 90_000 });
    await page.locator('nav a[href$="schemes"]').first().click();
    await page.locator('[data-testid="scheme-editor"]').first().waitFor({ timeout: 10_000 });

    const english = await labels(page);
    const unit = en['unit.CNY-10k'];
    for (const key of [
      'schemes.field.values',
      'schemes.field.statedTotal',
      'schemes.field.amount',
      'schemes.field.penalty',
      'schemes.field.receivables.expected',
      'schemes.field.expenseBudget',
      'schemes.expected',
      'schemes.target',
    ] as const) {
      expect(english, key).toContain(withUnit(en, key, unit));
    }
    // Rates, counts and volatilities read the same in any unit and say none.
    for (const key of ['schemes.field.excessRate', 'schemes.field.expected'] as const) {
      expect(english, key).toContain(en[key]);
    }
    expect(english.filter((l) => l.includes(unit)).length).toBe(15);

    // The fields hold the file's own numbers: the first quarter's quota is still 405.
    const quota = page.getByLabel(inUnit(en, `${en['schemes.field.values']} 1`, unit), {
      exact: true,
    });
    expect(await quota.first().inputValue()).toBe('405');
    expect(await page.locator('[data-testid="point-expected"]').inputValue()).toBe('450');

    await page.getByRole('button', { name: '简体中文' }).click();
    const chinese = await labels(page);
    expect(chinese).toContain(withUnit(zhCN, 'schemes.field.values', zhCN['unit.CNY-10k']));
    expect(chinese).toContain(withUnit(zhCN, 'schemes.expected', zhCN['unit.CNY-10k']));
    expect(chinese.filter((l) => l.includes('万元')).length).toBe(15);
    await screenshot(page, 'schemes-units-zh-CN');
    expect(errors).toEqual([]);
  });
});
