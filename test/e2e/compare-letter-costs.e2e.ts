import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ECONOMICS } from '../../src/lib/engine/sweep';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';

/** Opens a shipped scenario and waits for its run and the outcomes from its blocks. */
async function openScenario(page: Page, name: string, seed: number, id: string): Promise<void> {
  await page.locator('[data-testid="run-status"][data-state="done"]').waitFor({ timeout: 60_000 });
  await page
    .locator('[data-testid="open-scenario"]')
    .setInputFiles(join(projectRoot, 'scenarios', name));
  await page.waitForFunction(
    ([want, scheme]) =>
      document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state') === 'done' &&
      document.querySelector('[data-testid="run-seed"]')?.textContent === want &&
      (document
        .querySelector(`[data-testid="outcome-${scheme}-profit"]`)
        ?.getAttribute('data-value') ?? '') !== '',
    [String(seed), id],
    { timeout: 110_000 },
  );
}

async function value(page: Page, testid: string): Promise<number> {
  const cell = page.locator(`[data-testid="${testid}"]`).first();
  const text = await cell.getAttribute('data-value');
  return text === '' || text === null ? Number.NaN : Number(text);
}

const rowHeader = (page: Page, testid: string) =>
  page
    .locator('tr', { has: page.locator(`[data-testid="${testid}"]`) })
    .locator('th')
    .first();

const languages = [
  {
    locale: 'en-US',
    tag: 'en',
    costs: 'Other costs',
    reviews: 'Job reviews',
    demotions: 'Demotions',
    fines: 'Fines taken off pay',
    withheld: 'Commission still withheld',
  },
  {
    locale: 'zh-CN',
    tag: 'zh',
    costs: '其他成本',
    reviews: '岗位审查',
    demotions: '降级',
    fines: '扣除的罚款',
    withheld: '仍被暂扣的提成',
  },
] as const;

describe('a letter’s other costs and counted events on Compare', () => {
  const app = useBrowser();

  for (const { locale, tag, costs, reviews, demotions, fines, withheld } of languages) {
    it(`shows why a letter's profit is what it is (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await openScenario(page, 'pharma-2014.json', 2014, 'letter');

      // One rep over four quarters of a budget of 129.997 a year, as the file states it.
      const other = await value(page, 'outcome-letter-otherCosts');
      expect(other).toBeCloseTo(129.997, 6);
      await expect(rowHeader(page, 'outcome-letter-otherCosts').textContent()).resolves.toContain(
        costs,
      );
      const [sales, payout, profit] = await Promise.all(
        ['sales', 'payout', 'profit'].map((m) => value(page, `outcome-letter-${m}`)),
      );
      expect(profit).toBeCloseTo(DEFAULT_ECONOMICS.margin * sales - payout - other, 6);

      const review = await value(page, 'outcome-letter-event-review');
      expect(review).toBeGreaterThanOrEqual(0);
      expect(review).toBeLessThan(1);
      await expect(rowHeader(page, 'outcome-letter-event-review').textContent()).resolves.toContain(
        reviews,
      );
      expect(await value(page, 'outcome-letter-event-receivables-missed')).toBeGreaterThan(0);
      // The fines the payout is net of: 50 yuan (0.005) per fined event, a few dozen a year.
      const fined = await value(page, 'outcome-letter-deduction-fines');
      expect(fined).toBeGreaterThan(0);
      expect(fined).toBeLessThan(payout);
      await expect(
        rowHeader(page, 'outcome-letter-deduction-fines').textContent(),
      ).resolves.toContain(fines);
      await expect(page.locator('[data-testid="outcome-letter-note"]').isVisible()).resolves.toBe(
        true,
      );
      await screenshot(page, `compare-letter-pharma-${tag}`);

      // Printed, the rows are there as on screen.
      await page.emulateMedia({ media: 'print' });
      await expect(
        page.locator('[data-testid="outcome-letter-otherCosts"]').isVisible(),
      ).resolves.toBe(true);
      await expect(
        page.locator('[data-testid="outcome-letter-deduction-fines"]').isVisible(),
      ).resolves.toBe(true);
      await page.emulateMedia({ media: 'screen' });

      // A letter with no cost beside pay shows no such row; a scheme that counts no demotion
      // reads a dash where the letter counts them.
      await openScenario(page, 'condiment-2010.json', 2010, 'letter');
      await expect(page.locator('[data-testid="outcome-letter-otherCosts"]').count()).resolves.toBe(
        0,
      );
      expect(await value(page, 'outcome-letter-event-demotion')).toBeGreaterThan(0);
      await expect(
        page.locator('[data-testid="outcome-monthly-event-demotion"]').textContent(),
      ).resolves.toContain('–');
      await expect(
        rowHeader(page, 'outcome-letter-event-demotion').textContent(),
      ).resolves.toContain(demotions);
      // The monthly plan pays the same base and commission with no fines, withholding or
      // demotion penalty (0 in this file): what it pays more is what the letter takes back.
      const [kept, finesTaken] = await Promise.all(
        ['withheld', 'fines'].map((id) => value(page, `outcome-letter-deduction-${id}`)),
      );
      const gap = await value(page, 'outcome-diff-monthly-payout');
      expect(kept).toBeGreaterThan(0);
      expect(gap).toBeCloseTo(kept + finesTaken, 3);
      await expect(
        page.locator('[data-testid="outcome-monthly-deduction-withheld"]').textContent(),
      ).resolves.toContain('–');
      await expect(
        rowHeader(page, 'outcome-letter-deduction-withheld').textContent(),
      ).resolves.toContain(withheld);
      await screenshot(page, `compare-letter-condiment-${tag}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 240_000);
  }
});
