import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

describe("the behaviour screen and Compare's settings", () => {
  const app = useBrowser();

  it('marks results of earlier Compare settings and will not run on settings Compare refuses', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'en-US');
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    const behaviourTab = page.locator('nav a[href$="behaviour"]');
    const compareTab = page.locator('nav a[href$="/"]').first();
    const run = page.locator('[data-testid="behaviour-run"]');
    await behaviourTab.click();
    await run.click();
    await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: 120_000 });
    await expect(page.locator('[data-testid="behaviour-other-settings"]').count()).resolves.toBe(0);

    // Another commission rate on Compare: the results on show are the earlier rate's.
    await compareTab.click();
    const rate = page.locator('[data-testid="setting-rate"]');
    await rate.fill('10');
    await rate.blur();
    await behaviourTab.click();
    await page.locator('[data-testid="behaviour-other-settings"]').waitFor();
    const outcome = page.locator('.outcome');
    await expect(outcome.getAttribute('data-previous')).resolves.toBe('true');
    await screenshot(page, 'behaviour-other-settings');

    // Run again: the note goes.
    await run.click();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="behaviour-other-settings"]'),
      null,
      { timeout: 120_000 },
    );
    await expect(outcome.getAttribute('data-previous')).resolves.toBe('false');

    // A rate Compare refuses: this Run is off too, and says why.
    await compareTab.click();
    await rate.fill('');
    await rate.blur();
    await behaviourTab.click();
    await page.locator('[data-testid="behaviour-compare-invalid"]').waitFor();
    await expect(run.isDisabled()).resolves.toBe(true);
    await screenshot(page, 'behaviour-compare-invalid');
    expect(errors).toEqual([]);
  });
});
