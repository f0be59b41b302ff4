import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, openScenarioFile, projectRoot, screenshot, useBrowser } from './harness';

const shipped = (name: string) => join(projectRoot, 'scenarios', name);

/** The whole number a money figure shows ("CN¥351,000" → 351000). */
const shownYuan = (text: string | null) => Number((text ?? '').replace(/[^\d.-]/g, ''));

/** A compact tick's value: 35万 is 350,000, 351K is 351,000. */
function tickValue(text: string): number {
  const scale: Record<string, number> = { 万: 1e4, 亿: 1e8, K: 1e3, M: 1e6, B: 1e9 };
  const match = /^(-?[\d.]+)(万|亿|K|M|B)?$/.exec(text.trim());
  return match ? Number(match[1]) * (match[2] ? scale[match[2]] : 1) : Number.NaN;
}

async function runBehaviour(page: Page): Promise<void> {
  await page.locator('nav a[href$="behaviour"]').click();
  const run = page.locator('[data-testid="behaviour-run"]');
  await page.waitForFunction(
    () => !document.querySelector<HTMLButtonElement>('[data-testid="behaviour-run"]')?.disabled,
    null,
    { timeout: 60_000 },
  );
  await run.click();
  await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: 120_000 });
}

const languages = [
  { locale: 'en-US', tag: 'en', words: en },
  { locale: 'zh-CN', tag: 'zh', words: zhCN },
] as const;

describe('a scenario file’s units and scheme labels', () => {
  const app = useBrowser();

  for (const { locale, tag, words } of languages) {
    it(`pharma-2014's amounts in 万元 read as yuan, charts' too (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await openScenarioFile(page, shipped('pharma-2014.json'));
      expect(await page.locator('#data-currency').inputValue()).toBe('CNY-10k');

      // The engine's payout is about 35 (万元); the summary shows the same amount in yuan.
      const payout = page.locator('[data-testid="outcome-letter-payout"]');
      const raw = Number(await payout.getAttribute('data-value'));
      expect(raw).toBeGreaterThan(10);
      expect(raw).toBeLessThan(100);
      const shown = shownYuan(await payout.locator('span').first().textContent());
      expect(Math.abs(shown - raw * 10_000)).toBeLessThanOrEqual(raw * 10_000 * 0.005);
      const revenue = page.locator('[data-testid="outcome-letter-sales"] span').first();
      expect(shownYuan(await revenue.textContent())).toBeGreaterThan(1_000_000);

      // The histogram counts in yuan as the table does, and its axis says so: the payout the
      // table shows lies among its ticks (in 万元 they had read 32 to 38, 万 on top).
      const axis = words['chart.payout.x'].replace('{{unit}}', words['unit.CNY']);
      const title = page.locator('g.axis text.title', { hasText: axis });
      expect(await title.count()).toBe(1);
      const ticks = (await title.locator('xpath=..').locator('text:not(.title)').allTextContents())
        .map(tickValue)
        .filter((v) => v > 0);
      expect(Math.min(...ticks)).toBeLessThan(shown);
      expect(Math.max(...ticks)).toBeGreaterThan(shown);
      await screenshot(page, `units-pharma-compare-${tag}`);

      // The behaviour screen shows the same unit.
      await runBehaviour(page);
      const table = page.locator('[data-testid="behaviour-table"]');
      const cells = await table.locator('tbody tr').first().locator('td').allTextContents();
      expect(shownYuan(cells[3])).toBeGreaterThan(100_000);
      // The letter's quota is fixed, not absent: the ratchet card says so.
      const ratchet = await page.locator('[data-testid="ratchet-none"]').innerText();
      expect(ratchet).not.toBe(words['behaviour.ratchet.noQuota']);
      expect(ratchet).toContain(words['shipped.pharma.scheme']);
      await screenshot(page, `units-pharma-behaviour-${tag}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 240_000);

    it(`condiment-2010 counts sales in yuan: cost of sales is a share (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await openScenarioFile(page, shipped('condiment-2010.json'));
      expect(await page.locator('#data-currency').inputValue()).toBe('CNY');
      // A few percent of sales, as the letter's 2 to 6 yuan a case are at 100 yuan a case.
      for (const id of ['letter', 'monthly']) {
        const cost = page.locator(`[data-testid="outcome-${id}-costOfSales"]`);
        const share = Number(await cost.getAttribute('data-value'));
        expect(share).toBeGreaterThan(0.01);
        expect(share).toBeLessThan(0.2);
      }
      await screenshot(page, `units-condiment-compare-${tag}`);

      // The behaviour screen runs on the same reps and pays the same share.
      await runBehaviour(page);
      const table = page.locator('[data-testid="behaviour-table"]');
      const text = await table.locator('tbody').innerText();
      // No share of a hundred per cent or more (560% read a yuan as a case); a share written to
      // its interval's digits (5.612%) is not one.
      expect(text).not.toMatch(/(?<![\d.,])[1-9][\d,]{2,}(\.\d+)?\s?%/);
      await screenshot(page, `units-condiment-behaviour-${tag}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 360_000);

    it(`scheme-library's labels read in the page's language on both screens (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await openScenarioFile(page, shipped('pharma-2014.json'));
      await openScenarioFile(page, shipped('scheme-library.json'));
      // The library states yuan: the previous file's 万元 does not carry over.
      expect(await page.locator('#data-currency').inputValue()).toBe('CNY');

      const heads = async () =>
        (await page.locator('[data-testid="outcome-table"] thead th').allTextContents()).join('|');
      // The file's own labels, in English as written, in Chinese as translated.
      const weitzman = words['shipped.library.weitzman'];
      for (const label of [
        weitzman,
        words['shipped.library.gonik'],
        words['shipped.library.tiered'],
      ]) {
        expect(await heads()).toContain(label);
      }
      expect(await heads()).not.toContain(words['scheme.truth-telling']);
      // The baseline's label is the editor's own name, which reads in the current language.
      expect(await heads()).toContain(words['scheme.haggled-quota']);
      // The settings group of the rate and floor is headed by the self-set scheme's label.
      const legend = page.locator('[aria-labelledby="settings-title"] legend').first();
      expect(await legend.textContent()).toBe(weitzman);
      await screenshot(page, `labels-library-compare-${tag}`);

      await runBehaviour(page);
      const table = await page.locator('[data-testid="behaviour-table"]').innerText();
      expect(table).toContain(weitzman);
      expect(table).not.toContain(words['scheme.truth-telling']);
      await screenshot(page, `labels-library-behaviour-${tag}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 360_000);
  }
});
