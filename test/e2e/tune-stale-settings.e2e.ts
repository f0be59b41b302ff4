import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, useBrowser } from './harness';

const compareDone = '[data-testid="run-status"][data-state="done"]';

async function sweep(page: Page): Promise<void> {
  await page.locator('nav a[href$="tune"]').click();
  await page.locator('[data-testid="tune-run"]').click();
  await page.waitForSelector('[data-testid="tune-status"][data-state="done"]', {
    timeout: 120_000,
  });
}

describe('a sweep once Compare’s settings have changed', () => {
  const app = useBrowser();

  it('is marked as swept on other settings, curves and answer, until swept again', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector(compareDone, { timeout: 90_000 });
    await sweep(page);
    const curves = page.locator('[data-testid="sweep-previous"]');
    const answer = page.locator('[data-testid="budget-previous"]');
    expect(await curves.count()).toBe(0);

    await page.locator('nav a', { hasText: 'Compare' }).click();
    await page.fill('[data-testid="setting-seed"]', '99');
    await page.locator('[data-testid="run-button"]').click();
    await page.waitForSelector(compareDone, { timeout: 90_000 });

    await page.locator('nav a[href$="tune"]').click();
    await curves.waitFor();
    expect(await curves.textContent()).toContain(en['tune.previousSweepSettings'].slice(0, 40));
    expect(await answer.textContent()).toContain(en['tune.previousAnswerSettings']);
    await screenshot(page, 'tune-stale-settings');

    await page.locator('[data-testid="tune-run"]').click();
    await page.waitForSelector('[data-testid="tune-status"][data-state="done"]', {
      timeout: 120_000,
    });
    expect(await curves.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
