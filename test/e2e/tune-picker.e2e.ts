import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

const picker = '[data-testid="tune-parameter"]';

/** Room the picker's chosen name needs beyond the select's inner width (0 when it fits). */
function cutOff(page: Page): Promise<number> {
  return page.locator(picker).evaluate((el) => {
    const select = el as HTMLSelectElement;
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no canvas');
    context.font = style.font;
    const text = select.selectedOptions[0]?.textContent ?? '';
    const room =
      select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
    return Math.max(0, context.measureText(text).width - room);
  });
}

async function sweep(page: Page): Promise<void> {
  await page.click('[data-testid="tune-run"]');
  await page.waitForSelector('[data-testid="tune-status"][data-state="done"]', {
    timeout: 180_000,
  });
}

describe('Tune’s parameter picker and the note under its curves', () => {
  const app = useBrowser();

  it('shows whole parameter names and the rate note only under a sweep of the rate', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    await page.getByRole('spinbutton', { name: 'Trials' }).fill('300');
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    await page.locator('nav a[href$="tune"]').click();
    expect(await page.locator(picker).inputValue()).toBe('rate');
    await sweep(page);
    expect(await page.locator('[data-testid="tune-rate-note"]').textContent()).toBe(
      en['tune.curvesKey'],
    );
    await screenshot(page, 'tune-rate-note-1280-en');

    // The quota's first parameter has the longest name the app gives one.
    await page.selectOption('[data-testid="tune-scheme"]', 'haggled-quota');
    expect(await page.locator(picker).inputValue()).toBe('performancePayShare');
    expect(await page.locator(picker).getAttribute('title')).toBe(en['param.performancePayShare']);
    await sweep(page);
    expect(await page.locator('[data-testid="tune-rate-note"]').count()).toBe(0);
    await screenshot(page, 'tune-picker-1280-en');
    expect(await cutOff(page)).toBe(0);

    await page.locator('button[lang="zh-CN"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.locator(picker).getAttribute('title')).toBe(
      zhCN['param.performancePayShare'],
    );
    expect(await cutOff(page)).toBe(0);
    await screenshot(page, 'tune-picker-1280-zh-CN');

    await page.setViewportSize({ width: 800, height: 800 });
    expect(await cutOff(page)).toBe(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'tune-picker-800-zh-CN');
    await page.locator('button[lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await cutOff(page)).toBe(0);
    await screenshot(page, 'tune-picker-800-en');
    expect(errors).toEqual([]);
  });
});
