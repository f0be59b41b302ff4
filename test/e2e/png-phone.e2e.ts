import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './harness';

describe('Save as PNG from a phone', () => {
  const app = useBrowser();

  it('draws the difference chart as wide as on a desktop, not at the phone’s width', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    const shown = await page
      .locator('svg[data-testid="difference-chart"]')
      .first()
      .evaluate((svg) => (svg as SVGSVGElement).width.baseVal.value);
    expect(shown).toBeLessThan(400);
    // The chart the image is drawn from, recorded as it is laid out for the export.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { exported: number[] }).exported = seen;
      new MutationObserver(() => {
        for (const svg of document.querySelectorAll<SVGSVGElement>(
          '.export-copy svg[data-testid="difference-chart"]',
        )) {
          if (!seen.includes(svg.width.baseVal.value)) seen.push(svg.width.baseVal.value);
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="save-png"]').click(),
    ]);
    expect(
      readFileSync(await download.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const exported = await page.evaluate(
      () => (window as unknown as { exported: number[] }).exported,
    );
    expect(exported).toEqual([960]);
    // The copy is gone once the image is made.
    expect(await page.locator('.export-copy').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
