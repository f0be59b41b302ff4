import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';

const kept = resolve(projectRoot, 'test/fixtures/calib_daily.csv');
const done = '[data-testid="run-status"][data-state="done"]';

/** A link to the built-in scenario, which runs on the built-in sample. */
function sampleLink(): string {
  const file = resolve(projectRoot, 'scenarios/essay-vs-haggling.json');
  const encoded = Buffer.from(readFileSync(file, 'utf8')).toString('base64url');
  return `#scenario=${encoded}&margin=0.3&overCost=0.1&underCost=0.3&riskAversion=0&currency=CNY`;
}

describe('a file kept in this browser under a link that runs on the sample', () => {
  const app = useBrowser();

  it('is still named as kept after the link is reloaded', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector(done, { timeout: 90_000 });
    await page.locator('[data-testid="import-file"]').setInputFiles(kept);
    await page.locator('[data-testid="import-confirm"]:not([disabled])').click();
    await page.locator('[data-testid="import-close"]').click();
    const status = page.locator('[data-testid="saved-status"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="saved-status"]')?.textContent?.includes('calib'),
      undefined,
      { timeout: 60_000 },
    );

    await page.goto(`${app.url}${sampleLink()}`);
    await page.reload();
    await page.waitForSelector(done, { timeout: 90_000 });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="saved-status"]')?.textContent?.includes('calib'),
      undefined,
      { timeout: 30_000 },
    );
    expect(await status.textContent()).toContain('calib_daily.csv');
    await screenshot(page, 'kept-under-link');
    expect(errors).toEqual([]);
  });
});
