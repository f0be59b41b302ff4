import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';

const schemeFields = ['rate', 'repOpening', 'bossOpening', 'bossPower', 'bossNoise', 'growth'];

async function disabledFields(page: Page): Promise<string[]> {
  const off: string[] = [];
  for (const key of schemeFields) {
    if (await page.locator(`[data-testid="setting-${key}"]`).isDisabled()) off.push(key);
  }
  return off;
}

describe('the Compare settings of a scenario without a self-set or haggled scheme', () => {
  const app = useBrowser();

  it('turns off the fields no scheme uses and says why, and turns them on again', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    expect(await disabledFields(page)).toEqual([]);

    const letters = join(projectRoot, 'scenarios', 'condiment-2010.json');
    await page.locator('[data-testid="open-scenario"]').setInputFiles(letters);
    await page.getByText(en['settings.noSelfSet']).waitFor({ timeout: 60_000 });
    await page.getByText(en['settings.noHaggling']).waitFor();
    expect(await disabledFields(page)).toEqual(schemeFields);
    expect(await page.getByLabel(en['settings.floor'], { exact: true }).isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="setting-trials"]').isDisabled()).toBe(false);
    await screenshot(page, 'settings-live-letters');

    const essay = join(projectRoot, 'scenarios', 'essay-vs-haggling.json');
    await page.locator('[data-testid="open-scenario"]').setInputFiles(essay);
    await page.getByText(en['settings.noSelfSet']).waitFor({ state: 'detached', timeout: 60_000 });
    expect(await disabledFields(page)).toEqual([]);
    expect(await page.getByText(en['settings.noHaggling']).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
