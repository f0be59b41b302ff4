import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

/** The card whose heading has this id. */
function card(page: Page, titleId: string) {
  return page.locator(`section.card:has(#${titleId})`);
}

/** Pairs of neighbouring labels under a chart's x axis whose boxes touch or overlap. */
function crowdedXLabels(page: Page, titleId: string): Promise<string[]> {
  return card(page, titleId).evaluate((section) => {
    const labels = Array.from(
      section.querySelectorAll<SVGTextElement>('g.axis text[text-anchor="middle"]:not(.title)'),
    )
      .map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }))
      .sort((a, b) => a.box.left - b.box.left);
    return labels.slice(1).flatMap((label, i) => {
      const before = labels[i];
      return before.box.right >= label.box.left ? [`${before.text}|${label.text}`] : [];
    });
  });
}

describe('the behaviour screen on a 375 px wide phone', () => {
  const app = useBrowser();

  for (const locale of ['en-US', 'zh-CN']) {
    it(`keeps titles readable, labels apart and no sideways scroll in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, `${app.url}behaviour`, locale);
      await page.setViewportSize({ width: 375, height: 740 });
      await page.waitForFunction(
        () => !document.querySelector<HTMLButtonElement>('[data-testid="behaviour-run"]')?.disabled,
        null,
        { timeout: 60_000 },
      );
      await page.locator('[data-testid="behaviour-run"]').click();
      await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: 120_000 });
      await screenshot(page, `behaviour-phone-${locale}`);

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);

      // The months card's title keeps most of the card's width; its pickers stay inside it.
      const months = card(page, 'months-title');
      const widths = await months.evaluate((section) => {
        const inner = section.getBoundingClientRect();
        const title = section.querySelector('#months-title')!.getBoundingClientRect();
        const rights = Array.from(section.querySelectorAll('select')).map(
          (select) => select.getBoundingClientRect().right,
        );
        return {
          card: inner.width,
          title: title.width,
          pastCard: Math.max(...rights) - inner.right,
        };
      });
      expect(widths.title).toBeGreaterThan(widths.card / 2);
      expect(widths.pastCard).toBeLessThanOrEqual(0);

      expect(await crowdedXLabels(page, 'targets-title')).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
