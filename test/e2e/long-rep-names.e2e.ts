import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

// A rep name without a space to break at, as a badly exported staff list can give.
const longName = (r: number) => `${'W'.repeat(300)}R${r}`;
const csv = [
  'rep,date,sales',
  ...[0, 1, 2, 3, 4].flatMap((r) =>
    Array.from({ length: 12 }, (_, m) => {
      const month = String(m + 1).padStart(2, '0');
      return `${longName(r)},2024-${month}-01,${1000 + 200 * r + 37 * m}`;
    }),
  ),
].join('\n');

async function importLongNames(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: 60_000 });
  // Few trials: this checks the layout, not the figures.
  await page.getByRole('spinbutton', { name: 'Trials' }).fill('300');
  await page.locator('[data-testid="import-file"]').setInputFiles({
    name: 'longnames.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.locator('[data-testid="import-confirm"]').click({ timeout: 60_000 });
  await page.locator('[data-testid="import-close"]').click({ timeout: 60_000 });
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: 60_000 });
}

/** How far the page reaches past the window's width, in pixels (0 when it fits). */
function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** How far `inner` reaches past the right edge of its nearest `.card`, in pixels. */
function pastCard(inner: Locator): Promise<number> {
  return inner.evaluate((el) => {
    const card = el.closest('.card');
    if (!card) throw new Error('no card around the element');
    return el.getBoundingClientRect().right - card.getBoundingClientRect().right;
  });
}

describe('a rep named by 300 letters without a space', () => {
  const app = useBrowser();

  for (const width of [1400, 390]) {
    it(`keeps every page ${width} px wide and each rep name inside its card`, async () => {
      const { page, errors } = await openPage(app.browser, app.url);
      await page.setViewportSize({ width, height: 900 });
      await importLongNames(page);

      const picker = page.locator('[data-testid="history-rep"]');
      expect(await pageOverflow(page)).toBe(0);
      expect(await pastCard(picker)).toBeLessThanOrEqual(0);
      expect(await picker.getAttribute('title')).toBe(longName(0));
      await screenshot(page, `long-names-compare-${width}`);

      // The scatter's tooltip names the rep of the point under the pointer.
      const scatter = page.locator('.card', { hasText: 'Target against actual sales' });
      // Its marks are paths: the first one starts within a few pixels of its point.
      const svg = scatter.locator('svg[role="img"]');
      await svg.scrollIntoViewIfNeeded();
      const marks = await svg.locator('path[fill-opacity]').first().getAttribute('d');
      const start = /M\s*(-?[\d.]+)[ ,](-?[\d.]+)/.exec(marks ?? '');
      const box = await svg.boundingBox();
      if (!start || !box) throw new Error('the scatter has no visible point');
      await page.mouse.move(box.x + Number(start[1]), box.y + Number(start[2]));
      const tooltip = scatter.locator('.tooltip');
      await tooltip.waitFor();
      expect(await tooltip.textContent()).toContain('WWWW');
      expect(await pastCard(tooltip)).toBeLessThanOrEqual(0);
      expect(await pageOverflow(page)).toBe(0);

      await page.getByRole('link', { name: 'Tune' }).click();
      await page.click('[data-testid="tune-run"]');
      await page.waitForSelector('[data-testid="tune-status"][data-state="done"]', {
        timeout: 120_000,
      });
      await page.click('[data-testid="per-rep-run"]');
      const name = page.locator('[data-testid="per-rep-table"] tbody th').first();
      await name.waitFor({ timeout: 120_000 });
      expect(await name.getAttribute('title')).toBe(longName(0));
      expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await pageOverflow(page)).toBe(0);
      await screenshot(page, `long-names-tune-${width}`);

      await page.getByRole('link', { name: 'Train' }).click();
      const rep = page.locator('[data-testid="train-rep"]');
      await rep.waitFor({ timeout: 60_000 });
      expect(await rep.getAttribute('title')).toBe(longName(0));
      expect(await pastCard(rep)).toBeLessThanOrEqual(0);
      expect(await pageOverflow(page)).toBe(0);
      await screenshot(page, `long-names-train-${width}`);
      expect(errors).toEqual([]);
    }, 400_000);
  }
});
