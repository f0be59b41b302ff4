import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, useBrowser } from './harness';

describe('the negative bonus deducted from a base pay the scheme does not have', () => {
  const app = useBrowser();

  it('asks for the base pay to deduct from and says a base pay of 0 pays as the floor at 0', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    const floor = page.getByLabel(en['settings.floor'], { exact: true });
    const note = page.locator('[data-testid="deduct-no-base"]');
    expect(await note.count()).toBe(0);

    const basePay = page.locator('[data-testid="setting-basePay"]');
    expect(await basePay.count()).toBe(0);
    await floor.selectOption('deduct');
    expect(await note.textContent()).toContain(en['settings.deductNoBase']);
    expect(await basePay.inputValue()).toBe('0');
    await screenshot(page, 'settings-deduct-no-base');

    // With a base pay to deduct from, the choice is no longer the floor at 0 in disguise.
    await basePay.fill('100');
    await basePay.press('Tab');
    expect(await note.count()).toBe(0);
    await page.locator('[data-testid="run-button"]').click();
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    await screenshot(page, 'settings-deduct-base-pay');

    // Train explains the rule as deducting from that base pay, not as the floor at 0, for a
    // rep volatile enough that the bound moves the best target.
    await page.locator('nav a[href$="train"]').click();
    await page.click('[data-testid="source-sample"]');
    await page.fill('[data-testid="sample-mean"]', '100000');
    await page.fill('[data-testid="sample-sigma"]', '0.8');
    await page.locator('[data-testid="sample-sigma"]').blur();
    const lessons = page.locator('[data-testid="lessons"]');
    await lessons.waitFor();
    const [deduct] = en['lesson.floor.deduct'].split('{{basePay}}');
    expect(await lessons.textContent()).toContain(deduct);
    expect(errors).toEqual([]);
  });
});
