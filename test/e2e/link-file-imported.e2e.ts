import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';

const history = resolve(projectRoot, 'test/fixtures/calib_daily.csv');

/** A link to the built-in scenario as if it had been made on calib_daily.csv. */
function fileLink(): string {
  const file = resolve(projectRoot, 'scenarios/essay-vs-haggling.json');
  const scenario = JSON.parse(readFileSync(file, 'utf8'));
  scenario.data = { source: 'file', path: 'calib_daily.csv' };
  const encoded = Buffer.from(JSON.stringify(scenario)).toString('base64url');
  return `#scenario=${encoded}&margin=0.3&overCost=0.1&underCost=0.3&riskAversion=0&currency=CNY`;
}

describe('a link made on a file, once that file is imported', () => {
  const app = useBrowser();

  it('no longer asks for the file it now runs on', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}${fileLink()}`);
    const notice = page.locator('[data-testid="scenario-notice"]');
    await notice.waitFor({ timeout: 90_000 });
    expect(await notice.textContent()).toContain('calib_daily.csv');

    await page.locator('[data-testid="import-file"]').setInputFiles(history);
    await page.locator('[data-testid="import-confirm"]:not([disabled])').click();
    await page.locator('[data-testid="import-close"]').click();
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    expect(await notice.count()).toBe(0);
    await screenshot(page, 'link-file-imported');
    expect(errors).toEqual([]);
  });
});
