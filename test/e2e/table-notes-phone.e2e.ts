/**
 * On a phone the notes under Compare's executive and summary tables say what the figures are
 * (horizon, trials, seed, Δ): they wrap within their card, not within the table, which is wider
 * than the phone and scrolls sideways in its own region.
 */
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

describe('the notes under Compare’s tables on a phone', () => {
  const app = useBrowser();

  for (const { locale, tag, starts } of [
    { locale: 'en-US', tag: 'en', starts: ['Per simulated horizon of', 'Means over'] },
    { locale: 'zh-CN', tag: 'zh', starts: ['30 位代表在', '30 位代表、'] },
  ]) {
    it(`wrap inside their card at 390 px (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
        timeout: 120_000,
      });
      for (const start of starts) {
        const note = page.locator('.note', { hasText: start }).first();
        await note.scrollIntoViewIfNeeded();
        const overflow = await note.evaluate((el) => {
          const card = el.closest('.card') as HTMLElement;
          const [box, cardBox] = [el.getBoundingClientRect(), card.getBoundingClientRect()];
          return { right: box.right - cardBox.right, left: cardBox.left - box.left };
        });
        expect(overflow.right, start).toBeLessThanOrEqual(0);
        expect(overflow.left, start).toBeLessThanOrEqual(0);
        await screenshot(page, `table-note-phone-${tag}-${starts.indexOf(start)}`);
      }
      expect(errors).toEqual([]);
    });
  }
});
