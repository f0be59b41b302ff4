/**
 * The rep picker of Compare's history card on a 1366-pixel desktop in Chinese: its label
 * (销售代表) stays on one line beside the picker, however long the rep names.
 */
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

describe('the history card’s rep label in Chinese', () => {
  const app = useBrowser();

  it('reads 销售代表 on one line at 1366 × 768', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 120_000,
    });
    const picker = page.locator('[data-testid="history-rep"]');
    await picker.scrollIntoViewIfNeeded();
    const label = picker.locator('xpath=preceding-sibling::span');
    expect(await label.textContent()).toBe('销售代表');
    const [labelBox, pickerBox] = [await label.boundingBox(), await picker.boundingBox()];
    const lineHeight = await label.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    // One line tall, and beside the picker rather than above it.
    expect(labelBox!.height).toBeLessThan(1.5 * lineHeight);
    expect(labelBox!.x + labelBox!.width).toBeLessThanOrEqual(pickerBox!.x);
    await screenshot(page, 'history-label-zh');
    expect(errors).toEqual([]);
  });
});
