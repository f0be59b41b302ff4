import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, useBrowser } from './harness';

describe('the training screen refuses what it cannot use', () => {
  const app = useBrowser();

  it('keeps the last valid expected sales when 1e30 is typed, and the typed target', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}train`);
    await page.waitForSelector('[data-testid="source-sample"]', { timeout: 60_000 });
    await page.click('[data-testid="source-sample"]');
    await page.fill('[data-testid="sample-mean"]', '100000');
    const best = () =>
      page.locator('[data-testid="best-target"]').first().getAttribute('data-value');
    const before = await best();

    await page.fill('[data-testid="sample-mean"]', '1e30');
    await page.locator('[data-testid="sample-mean"]').blur();
    await expect(
      page.locator('[data-testid="sample-mean"]').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await expect(best()).resolves.toBe(before);

    await page.fill('[data-testid="sample-mean"]', '-5');
    await expect(best()).resolves.toBe(before);
    await page.fill('[data-testid="sample-mean"]', '100000');
    await page.locator('[data-testid="sample-mean"]').blur();

    await page.fill('[data-testid="target-value"]', '88.24969');
    await page.locator('[data-testid="target-value"]').press('Enter');
    await page.locator('[data-testid="target-value"]').blur();
    await expect(page.locator('[data-testid="target-value"]').inputValue()).resolves.toBe(
      '88.24969',
    );
    await page.fill('[data-testid="sample-mean"]', '1e30');
    await screenshot(page, 'train-refused-en');
    expect(errors).toEqual([]);
  });

  it('marks a target of 0 or below and says the figures are still the last target’s', async () => {
    // Train follows the comparison's reps: it is opened once they have run.
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    await page.locator('nav a[href$="train"]').click();
    await page.waitForSelector('[data-testid="target-value"]', { timeout: 60_000 });
    const box = page.locator('[data-testid="target-value"]');
    const readout = page.locator('[data-testid="target-readout"]');
    const refused = page.locator('[data-testid="target-refused"]');
    const cost = await readout.getAttribute('data-cost');
    const [before] = en['train.targetRefused'].split('{{most}}');

    for (const text of ['0', '-100']) {
      await box.fill(text);
      await box.press('Tab');
      expect(await box.inputValue()).toBe(text);
      expect(await box.getAttribute('aria-invalid')).toBe('true');
      expect(await refused.textContent()).toContain(before);
      expect(await readout.getAttribute('data-cost')).toBe(cost);
    }
    await screenshot(page, 'train-target-refused-en');

    await page.click('[data-testid="use-best"]');
    expect(await refused.count()).toBe(0);
    expect(await box.getAttribute('aria-invalid')).toBe('false');

    // The best target as a Chinese IME types it, full-width, and with the yuan sign before it.
    await box.fill('1');
    await box.press('Tab');
    const best = Number(
      await page.locator('[data-testid="best-target"]').getAttribute('data-value'),
    );
    const wide = [...String(Math.round(best))]
      .map((digit) => String.fromCharCode(0xff10 + Number(digit)))
      .join('');
    for (const text of [wide, `￥${wide}`]) {
      await box.fill(text);
      await box.press('Tab');
      expect(await box.getAttribute('aria-invalid'), text).toBe('false');
      expect(await readout.getAttribute('data-verdict'), text).toBe('best');
      await box.fill('1');
      await box.press('Tab');
    }
    expect(errors).toEqual([]);
  });

  it('refuses a target past ten times the slider’s end and names the most it takes', async () => {
    // Opened once the comparison has run, so that the scheme paid by no longer changes.
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    await page.locator('nav a[href$="train"]').click();
    await page.waitForSelector('[data-testid="source-sample"]', { timeout: 60_000 });
    await page.click('[data-testid="source-sample"]');
    await page.fill('[data-testid="sample-mean"]', '100000');
    await page.locator('[data-testid="sample-mean"]').blur();
    const box = page.locator('[data-testid="target-value"]');
    const readout = page.locator('[data-testid="target-readout"]');
    const refused = page.locator('[data-testid="target-refused"]');
    // The slider ends at the belief's 99th percentile, amounts of 100 and more show whole.
    const end = Number(await page.locator('#target-slider').getAttribute('max'));
    const most = Math.floor(10 * end);
    const shown = most.toLocaleString('en-US');

    const enter = async (text: string) => {
      await box.fill(text);
      await box.press('Enter');
    };
    await enter('120000');
    const cost = await readout.getAttribute('data-cost');
    for (const text of ['1e30', '1e12', '999999999999', String(most + 1)]) {
      await enter(text);
      expect(await box.getAttribute('aria-invalid')).toBe('true');
      expect(await refused.textContent()).toContain(`at most CN¥${shown}.`);
      expect(await refused.textContent()).toContain('still those of CN¥120,000.');
      expect(await readout.getAttribute('data-cost')).toBe(cost);
    }
    await screenshot(page, 'train-target-too-big-en');

    // The most it names is taken: ten times the end is 1,000% and more above the best target.
    await enter(String(most));
    expect(await box.getAttribute('aria-invalid')).toBe('false');
    expect(await readout.getAttribute('data-verdict')).toBe('overreaching');
    const best = Number(
      await page.locator('[data-testid="best-target"]').getAttribute('data-value'),
    );
    const verdict = (await page.locator('.verdict').textContent()) ?? '';
    const gap = Number(/([\d,.]+)%/.exec(verdict)?.[1].replaceAll(',', ''));
    expect(gap).toBeCloseTo((100 * (most - best)) / best, 0);
    expect(errors).toEqual([]);
  });
});
