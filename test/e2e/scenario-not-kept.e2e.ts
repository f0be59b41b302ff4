import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, openScenarioFile, projectRoot, screenshot, useBrowser } from './harness';

describe('a scenario that lists its own reps, and a reload', () => {
  const app = useBrowser();

  it('says while it is on screen that a reload will not keep it, as it does not', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    const before = await page.locator('[data-testid="run-seed"]').textContent();
    await openScenarioFile(page, resolve(projectRoot, 'scenarios/pharma-2014.json'));
    expect(await page.locator('[data-testid="scenario-not-kept"]').innerText()).toBe(
      en['notice.notKept'],
    );
    await screenshot(page, 'scenario-not-kept');

    await page.reload();
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    expect(await page.locator('[data-testid="run-seed"]').textContent()).toBe(before);
    expect(await page.locator('[data-testid="scenario-not-kept"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
