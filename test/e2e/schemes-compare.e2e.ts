import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { schemeKinds } from '../../src/lib/engine/schemes/registry';
import { openPage, screenshot, useBrowser } from './harness';

/** The run is done and the outcome row of `id` has its figures. */
async function waitForScheme(page: Page, id: string): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: 60_000 });
  await page.waitForFunction(
    (testid) =>
      (document.querySelector(`[data-testid="${testid}"]`)?.getAttribute('data-value') ?? '') !==
      '',
    `outcome-${id}-payout`,
    { timeout: 60_000 },
  );
}

describe('the scheme editor hands its schemes to the compare screen', () => {
  const app = useBrowser();

  for (const locale of ['en-US', 'zh-CN']) {
    it(`compares a scheme of every kind after "Compare these" in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await waitForScheme(page, 'self-set');

      await page.locator('nav a[href$="schemes"]').click();
      await page.waitForSelector('#schemes-title');
      for (const kind of schemeKinds) {
        await page.locator('.tools select').selectOption(kind);
        await page.locator('.tools button').click();
      }
      await page.locator('[data-testid="compare-schemes"]').click();

      // The running scenario's two schemes stay; a scheme added last comes out of the run too.
      await page.waitForURL(app.url);
      await waitForScheme(page, 'linear-menu');
      const rows = page.locator(
        '[data-testid^="outcome-"][data-testid$="-payout"]:not([data-testid^="outcome-diff-"])',
      );
      expect(await rows.count()).toBe(2 + schemeKinds.length);
      await screenshot(page, `schemes-compare-every-kind-${locale}`);

      // Nine schemes fit the page: the table scrolls in its own region, which the keyboard
      // reaches and which keeps the metric names in view.
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);
      expect(fits).toBe(true);
      const region = page.locator('[data-testid="outcome-region"]');
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect((await region.getAttribute('aria-label'))?.length).toBeGreaterThan(0);
      const sticky = await page
        .locator('[data-testid="outcome-table"] tbody th')
        .first()
        .evaluate((th) => getComputedStyle(th).position);
      expect(sticky).toBe('sticky');

      // Printed, the summary of nine schemes is one page with every column inside it.
      await page.emulateMedia({ media: 'print' });
      const inside = await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
      expect(inside).toBe(true);
      // The baseline's tag under its column's name prints smaller than the name, as on screen.
      const [tag, name] = await page
        .locator('[data-testid="outcome-table"] thead .mark')
        .evaluate((el) =>
          [el, el.parentElement!].map((e) => parseFloat(getComputedStyle(e).fontSize)),
        );
      expect(tag).toBeLessThan(name);
      await screenshot(page, `schemes-compare-every-kind-print-${locale}`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
      expect(errors).toEqual([]);
    });
  }

  for (const locale of ['en-US', 'zh-CN']) {
    it(`shows the scheme editor and the behaviour screen in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, `${app.url}schemes`, locale);
      await page.waitForSelector('#schemes-title');
      const title = await page.locator('#schemes-title').textContent();
      expect(title).toBe(locale === 'en-US' ? 'Scheme editor' : '方案编辑器');
      await screenshot(page, `schemes-${locale}`);

      await page.locator('nav a').nth(4).click();
      await page.waitForURL(/behaviour$/);
      await page.waitForTimeout(500);
      await screenshot(page, `behaviour-${locale}`);
      expect(errors).toEqual([]);
    });
  }
});
