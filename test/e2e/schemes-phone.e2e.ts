import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

describe('the scheme editor on a 360 px wide phone', () => {
  const app = useBrowser();

  for (const locale of ['en-US', 'zh-CN']) {
    it(`fits the screen without sideways scroll, cards whole, in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, `${app.url}schemes`, locale);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.waitForSelector('#schemes-title');
      await page.locator('article.card').first().waitFor();

      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        screen: document.documentElement.clientWidth,
        cardsRight: Math.max(
          ...Array.from(
            document.querySelectorAll('.card'),
            (el) => el.getBoundingClientRect().right,
          ),
        ),
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.screen);
      expect(widths.cardsRight).toBeLessThanOrEqual(widths.screen);
      await screenshot(page, `schemes-phone-${locale}`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
