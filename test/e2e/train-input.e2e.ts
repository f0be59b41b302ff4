import { describe, expect, it } from 'vitest';
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
});
