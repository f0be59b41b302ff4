import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';

const dailyHistory = resolve(projectRoot, 'test/fixtures/calib_daily.csv');
const done = '[data-testid="run-status"][data-state="done"]';

describe('the behaviour screen on a history fitted by day', () => {
  const app = useBrowser();

  it('says that its "year" is the few days simulated, and says nothing on monthly data', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector(done, { timeout: 90_000 });
    const note = page.locator('[data-testid="behaviour-short-year"]');

    await page.locator('nav a[href$="behaviour"]').click();
    await page.locator('.results h1').waitFor();
    expect(await note.count()).toBe(0);

    await page.locator('nav a', { hasText: 'Compare' }).click();
    await page.locator('[data-testid="import-file"]').setInputFiles(dailyHistory);
    await page.locator('[data-testid="import-confirm"]:not([disabled])').click();
    await page.locator('[data-testid="import-close"]').click();
    await page.waitForSelector(done, { timeout: 90_000 });

    await page.locator('nav a[href$="behaviour"]').click();
    await note.waitFor();
    const [before] = en['behaviour.shortYear.day'].split('{{periods}}');
    expect(await note.textContent()).toContain(before);
    expect(await note.textContent()).toMatch(/next \d+ days/);
    await screenshot(page, 'behaviour-short-year');
    expect(errors).toEqual([]);
  });
});
