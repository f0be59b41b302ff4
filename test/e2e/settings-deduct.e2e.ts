import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, useBrowser } from './harness';

describe('the negative bonus deducted from a base pay the scheme does not have', () => {
  const app = useBrowser();

  it('says the choice pays as the floor at 0 while the self-set scheme has no base pay', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    const floor = page.getByLabel(en['settings.floor'], { exact: true });
    const note = page.locator('[data-testid="deduct-no-base"]');
    expect(await note.count()).toBe(0);

    await floor.selectOption('deduct');
    expect(await note.textContent()).toContain(en['settings.deductNoBase']);
    await screenshot(page, 'settings-deduct-no-base');

    await floor.selectOption('zero');
    expect(await note.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
