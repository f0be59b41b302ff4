import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

/** The digits of a money figure as written on the page (¥3,370,130,000 → 3370130000). */
const digits = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

describe('the training screen with the data counted in 10,000 yuan', () => {
  const app = useBrowser();

  it('takes the best target typed as read, and expected sales in the yuan its figures show', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    await page.selectOption('#data-currency', 'CNY-10k');
    await page.locator('nav a[href$="train"]').click();
    const box = page.locator('[data-testid="target-value"]');
    await box.waitFor({ timeout: 60_000 });

    // The box names the unit of the figures beside it, in its label and by their sign.
    const label = await page.locator('label[for="target-value"]').textContent();
    expect(label?.trim()).toBe(zhCN['train.targetValue'].replace('{{unit}}', zhCN['unit.CNY']));
    const best = page.locator('[data-testid="best-target"]');
    const bestText = await best.textContent();
    const sign = (await page.locator('.box .sign').textContent())?.trim() ?? '';
    expect(sign.length).toBeGreaterThan(0);
    expect(bestText).toContain(sign);

    // The best target, typed as the page writes it, is the best target (within its rounding).
    const read = digits(bestText);
    const inData = Number(await best.getAttribute('data-value'));
    expect(Math.abs(read / 10_000 - inData)).toBeLessThanOrEqual(0.5);
    await box.fill(String(read));
    await box.press('Tab');
    const readout = page.locator('[data-testid="target-readout"]');
    expect(await readout.getAttribute('data-verdict')).toBe('best');
    // Written in ten-thousands, as Chinese amounts often are, it is the same target.
    await page.click('[data-testid="try-sandbag"]');
    await box.fill(`${read / 10_000}万`);
    await box.press('Tab');
    expect(await readout.getAttribute('data-verdict')).toBe('best');

    // A button's target is shown in the same yuan as the figures.
    await page.click('[data-testid="try-overreach"]');
    const shown = Number(await box.inputValue());
    expect(Math.abs(shown / (inData * 1.2 * 10_000) - 1)).toBeLessThan(1e-5);

    // A sample rep's expected sales are typed in yuan too: 1,000,000 yuan of mean sales puts
    // the median just below it (lognormal, log sd 0.25: e^(−0.25²/2) = 0.969).
    await page.click('[data-testid="source-sample"]');
    const mean = page.locator('[data-testid="sample-mean"]');
    await mean.fill('1000000');
    await mean.blur();
    const median = page.locator('[data-testid="belief-summary"] dd').first();
    await page.waitForFunction(
      () => {
        const text = document.querySelector('[data-testid="belief-summary"] dd')?.textContent;
        return Number((text ?? '').replace(/[^\d.]/g, '')) < 2_000_000;
      },
      undefined,
      { timeout: 10_000 },
    );
    const ratio = digits(await median.textContent()) / 1_000_000;
    expect(Math.abs(ratio - Math.exp(-(0.25 ** 2) / 2))).toBeLessThan(1e-3);
    await screenshot(page, 'train-units-zh');
    expect(errors).toEqual([]);
  });
});
