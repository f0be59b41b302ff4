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
    it(`keeps every chart's labels and titles inside the chart in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await page.setViewportSize({ width: 375, height: 740 });
      await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
        timeout: 90_000,
      });
      await page.locator('[data-testid="difference-chart"]').waitFor();
      await screenshot(page, `compare-phone-${locale}`);

      expect(await textsPastCharts(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
