import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

/** Every scheme kind whose reps move deals: both self-set and quota rules, and both letters. */
const scenario = {
  name: 'Behaviour under every rule that supports it',
  seed: 7,
  trials: 600,
  data: { source: 'sample' },
  schemes: [
    { kind: 'self-set', id: 'self-set', rate: 0.05, floor: 'zero' },
    { kind: 'haggled-quota', id: 'haggled-quota', performancePayShare: 0.05 },
    {
      kind: 'pharma-letter',
      id: 'pharma',
      label: 'Pharma letter',
      quota: { kind: 'share', share: 1 },
      basePay: { kind: 'share', share: 0.02 },
      performancePay: { kind: 'share', share: 0.05 },
      excessRate: 0.005,
      fines: [],
      review: { periods: 4, penalty: 0 },
      expenseBudget: 0,
      periodsPerYear: 12,
    },
    {
      kind: 'condiment-letter',
      id: 'condiment',
      label: 'Condiment letter',
      skus: [
        {
          id: 'a',
          label: 'Chilli sauce',
          commissionPerCase: 0.04,
          share: 0.6,
          target: { kind: 'share', share: 0.6 },
        },
        {
          id: 'b',
          label: 'Pickled pepper',
          commissionPerCase: 0.06,
          share: 0.4,
          target: { kind: 'share', share: 0.4 },
        },
      ],
      baseSalary: { kind: 'share', share: 0.02 },
      settleEvery: 2,
      demotion: { periods: 2, penalty: 0 },
      fines: [],
      periodsPerYear: 12,
    },
  ],
  baseline: 'haggled-quota',
};
/** The schemes above whose reps move deals; the last one's pay has no period rule. */
const moving = 4;
scenario.schemes.push({
  kind: 'linear-menu',
  id: 'menu',
  label: 'Menu',
  options: [
    { fixed: 2500, rate: 0 },
    { fixed: 0, rate: 0.045 },
  ],
} as never);

/** Total height of the bars of deals pulled in and pushed out in the months chart. */
function movedBars(page: Page): Promise<number> {
  return page.evaluate(() => {
    const svg = document.querySelector('#months-title')?.closest('section')?.querySelector('svg');
    let total = 0;
    svg?.querySelectorAll('rect').forEach((rect, k) => {
      // Each period draws kept, pulled and pushed in that order; kept bars are not counted.
      if (k % 3 !== 0) total += Number(rect.getAttribute('height') ?? 0);
    });
    return total;
  });
}

describe('the behaviour screen', () => {
  const app = useBrowser();

  for (const locale of ['en-US', 'zh-CN']) {
    it(`shows pulled and pushed deals for every kind that moves them in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
        timeout: 60_000,
      });
      await page.locator('[data-testid="open-scenario"]').setInputFiles({
        name: 'letters.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(scenario)),
      });
      await page.waitForFunction(
        () => document.querySelector('[data-testid="run-seed"]')?.textContent === '7',
        null,
        { timeout: 60_000 },
      );
      await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
        timeout: 60_000,
      });

      await page.locator('nav a[href$="behaviour"]').click();
      await page.locator('[data-testid="behaviour-run"]').click();
      const statement = page.locator('[data-testid="behaviour-statement"]');
      await statement.waitFor({ timeout: 120_000 });
      // 30 sample reps, 30% of them naive by default: 21 strategic.
      expect(await statement.textContent()).toMatch(/21/);

      // The menu sets no target: the targets chart draws no mark for it, so its legend does
      // not list it and a note says why.
      const targets = page.locator('section[aria-labelledby="targets-title"]');
      const legend = targets.locator('.legend li');
      await legend.first().waitFor();
      const listed = await legend.allTextContents();
      // Every scheme but the menu, and the diagonal.
      expect(listed).toHaveLength(scenario.schemes.length);
      expect(listed.map((text) => text.trim())).not.toContain('Menu');
      expect(await targets.locator('[data-testid="targets-unmarked"]').textContent()).toContain(
        'Menu',
      );

      const schemePicker = page
        .locator('#months-title')
        .locator('..')
        .locator('..')
        .locator('select')
        .nth(1);
      for (let s = 0; s < moving; s++) {
        await schemePicker.selectOption(String(s));
        await page.waitForTimeout(200);
        expect(await movedBars(page), `scheme ${scenario.schemes[s].id}`).toBeGreaterThan(0);
        expect(await page.locator('[data-testid="months-still"]').count()).toBe(0);
      }
      await schemePicker.selectOption(String(moving));
      await page.locator('[data-testid="months-still"]').waitFor();
      expect(await movedBars(page)).toBe(0);
      await schemePicker.selectOption('3');
      await screenshot(page, `behaviour-letters-${locale}`);
      expect(errors).toEqual([]);
    });
  }
});
