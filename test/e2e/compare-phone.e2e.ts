import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

/** Texts of the page's charts that reach past their chart's edges, with how far. */
function textsPastCharts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('svg')).flatMap((svg) => {
      const chart = svg.getBoundingClientRect();
      return Array.from(svg.querySelectorAll('text')).flatMap((text) => {
        const box = text.getBoundingClientRect();
        const past = Math.max(box.right - chart.right, chart.left - box.left);
        return box.width > 0 && past > 1 ? [`${text.textContent} (${Math.round(past)} px)`] : [];
      });
    }),
  );
}

describe('Compare on a 375 px wide phone', () => {
  const app = useBrowser();

  for (const locale of ['en-US', 'zh-CN']) {
    it(`keeps labels in their charts and the summary title readable in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await page.setViewportSize({ width: 375, height: 740 });
      await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
        timeout: 90_000,
      });
      await page.locator('[data-testid="difference-chart"]').waitFor();
      await screenshot(page, `compare-phone-${locale}`);

      expect(await textsPastCharts(page)).toEqual([]);

      // The summary's title keeps most of its card; the baseline picker stays inside it.
      const widths = await page.locator('section:has(#exec-title)').evaluate((card) => {
        const inner = card.getBoundingClientRect();
        const title = card.querySelector('#exec-title')!.parentElement!.getBoundingClientRect();
        const picker = card.querySelector('[data-testid="baseline"]')!.getBoundingClientRect();
        return { card: inner.width, title: title.width, pastCard: picker.right - inner.right };
      });
      expect(widths.title).toBeGreaterThan(widths.card / 2);
      expect(widths.pastCard).toBeLessThan(0);
      expect(errors).toEqual([]);
    });
  }
});
