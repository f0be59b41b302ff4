import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

/** Selects narrower than the option they show: the text is cut ("Ben Okaf"). */
function cutSelects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const section = document.querySelector('#months-title')?.closest('section');
    const canvas = document.createElement('canvas').getContext('2d')!;
    return Array.from(section?.querySelectorAll('select') ?? []).flatMap((select) => {
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.textContent ?? '';
      // Padding and the arrow take about 32 px of a select's width.
      return canvas.measureText(text).width + 32 > select.clientWidth ? [text] : [];
    });
  });
}

describe('the behaviour screen shows all of what it computed', () => {
  const app = useBrowser();

  for (const locale of ['en-US', 'zh-CN']) {
    it(`shows whole names, a scrollable table, money and the run's years in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, `${app.url}behaviour`, locale);
      const run = page.locator('[data-testid="behaviour-run"]');
      await page.waitForFunction(
        () => !document.querySelector<HTMLButtonElement>('[data-testid="behaviour-run"]')?.disabled,
        null,
        { timeout: 60_000 },
      );
      await run.click();
      await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: 120_000 });

      await screenshot(page, `behaviour-display-${locale}`);
      await expect(cutSelects(page)).resolves.toEqual([]);

      // The company table scrolls in a region keyboard users can focus.
      const region = page.locator('[data-testid="behaviour-table"]');
      await expect(region.getAttribute('role')).resolves.toBe('region');
      await expect(region.getAttribute('tabindex')).resolves.toBe('0');
      const overflow = await region.evaluate((el) => getComputedStyle(el).overflowX);
      expect(overflow).toBe('auto');

      // Sales and payout carry the currency, as Compare's figures do.
      const cells = await region.locator('tbody tr').first().locator('td').allTextContents();
      expect(cells[1]).toContain('¥');
      expect(cells[3]).toContain('¥');

      // The opening gap and haggling cost (the 9th and 10th figures) exist only where quotas
      // are haggled: the self-set row (first) has none, the haggled quota's (second) has both.
      const haggled = await region.locator('tbody tr').nth(1).locator('td').allTextContents();
      expect([cells[8], cells[9]]).toEqual(['–', '–']);
      expect(haggled[8]).not.toBe('–');
      expect(haggled[9]).toContain('¥');

      // The moved-deal columns are sums over period ends: the headings and the note under the
      // table say so, and the chart's legend says each box is one period end's move.
      const words = locale === 'en-US' ? en : zhCN;
      const pushed = region.locator('thead th', { hasText: words['behaviour.col.pushed'] });
      const help = page.locator('[data-testid="behaviour-moves-help"]');
      expect(await help.textContent()).toContain(words['behaviour.col.moves.help']);
      expect(await pushed.getAttribute('aria-describedby')).toBe(await help.getAttribute('id'));
      // Gave up and the opening gap say what they are shares of, in a note their heads point to.
      const shares = page.locator('[data-testid="behaviour-shares-help"]');
      expect(await shares.textContent()).toContain(words['behaviour.col.shares.help']);
      for (const key of ['behaviour.col.gaveUp', 'behaviour.col.gap'] as const) {
        const head = region.locator('thead th', { hasText: words[key] });
        expect(await head.getAttribute('aria-describedby')).toBe(await shares.getAttribute('id'));
      }
      const legend = page.locator('section:has(#months-title) .legend');
      expect(await legend.textContent()).toContain(words['behaviour.months.pushed']);

      // The default run covers one year, so the ratchet chart says why it has nothing to show
      // rather than drawing three years the run did not simulate.
      await page.locator('[data-testid="ratchet-one-year"]').waitFor();
      await screenshot(page, `behaviour-display-${locale}`);
      expect(errors).toEqual([]);
    });
  }
});
