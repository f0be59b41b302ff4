import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

const languages = [
  { locale: 'en-US', tag: 'en', range: 'Enter a number from 0 to 1,000.', fix: 'marked in red' },
  { locale: 'zh-CN', tag: 'zh', range: '1,000', fix: '标红' },
];

/** Tune once ran a sweep from a From its own field had refused, and failed in engine words. */
describe('Tune refuses a sweep it cannot run', () => {
  const app = useBrowser();

  for (const { locale, tag, range, fix } of languages) {
    it(`keeps Run disabled while a field or a grid value is refused (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, `${app.url}tune`, locale);
      await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
        timeout: 60_000,
      });
      const run = page.locator('[data-testid="tune-run"]');
      expect(await run.isEnabled()).toBe(true);

      await page.fill('[data-testid="tune-from"]', '-5');
      await page.fill('[data-testid="tune-to"]', '10');
      await page.fill('[data-testid="tune-points"]', '5');
      expect(await page.locator('.field.invalid').textContent()).toContain(range);
      expect(await run.isDisabled()).toBe(true);
      expect(await page.locator('[data-testid="tune-status"]').textContent()).toContain(fix);
      await screenshot(page, `tune-refused-from-${tag}`);

      // β swept past γ: the field values are in range, the scheme's order of rates is not.
      await page.fill('[data-testid="tune-from"]', '1');
      await page.selectOption('[data-testid="tune-parameter"]', 'beta');
      await page.fill('[data-testid="tune-from"]', '5');
      await page.fill('[data-testid="tune-to"]', '50');
      const refused = page.locator('[data-testid="tune-refused"]');
      await refused.waitFor();
      expect(await refused.textContent()).toMatch(/α < β < γ/);
      expect(await refused.textContent()).not.toMatch(/alpha|beta|gamma|self-set@/);
      expect(await run.isDisabled()).toBe(true);
      await screenshot(page, `tune-refused-beta-${tag}`);
      expect(errors).toEqual([]);
    }, 120_000);
  }
});
