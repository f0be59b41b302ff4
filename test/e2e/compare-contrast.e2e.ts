import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

describe('the figures of the compare table against their background', () => {
  const app = useBrowser();

  it('every ± interval and every missing-figure mark reads at 4.5:1 or more (WCAG AA)', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done');

    // Each small grey text of the summary table: its colour against the first opaque
    // background behind it, by WCAG's relative luminance.
    const ratios = await page.evaluate(() => {
      const rgb = (text: string) => (text.match(/[\d.]+/g) ?? []).map(Number);
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      const luminance = ([r, g, b]: number[]) =>
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      const background = (el: Element | null): number[] => {
        for (let at = el; at; at = at.parentElement) {
          const colour = rgb(getComputedStyle(at).backgroundColor);
          if (colour.length === 3 || colour[3] === 1) return colour.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const table = document.querySelector('[data-testid^="metric-"]')?.closest('table');
      const marks = table?.querySelectorAll('td .pm, td .none') ?? [];
      return Array.from(marks, (el) => {
        const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(background(el))];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
    });
    expect(ratios.length).toBeGreaterThan(0);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
    await screenshot(page, 'compare-contrast');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
