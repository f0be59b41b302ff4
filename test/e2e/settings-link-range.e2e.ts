import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, useBrowser } from './harness';

/** A link to the built-in scenario with `trials` trials, as Copy link writes one. */
function linkWithTrials(trials: number, rate?: number): string {
  const file = new URL('../../scenarios/essay-vs-haggling.json', import.meta.url);
  const scenario = { ...JSON.parse(readFileSync(file, 'utf8')), trials };
  if (rate !== undefined) scenario.schemes[0].rate = rate;
  const encoded = Buffer.from(JSON.stringify(scenario)).toString('base64url');
  return `#scenario=${encoded}&margin=0.3&overCost=0.1&underCost=0.3&riskAversion=0&currency=CNY`;
}

describe('a link whose trials the settings panel refuses', () => {
  const app = useBrowser();

  it('names Trials on Compare instead of a failed step, and Tune refuses to sweep on it', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}${linkWithTrials(1)}`);
    const status = page.locator('[data-testid="run-status"][data-state="error"]');
    await status.waitFor({ timeout: 90_000 });
    const line = (await status.textContent()) ?? '';
    expect(line).toContain(en['settings.trials']);
    expect(line).not.toContain('Failed while');
    await screenshot(page, 'settings-link-trials');

    await page.locator('nav a[href$="tune"]').click();
    const refusal = page.locator('[data-testid="tune-compare-invalid"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(en['settings.trials']);
    expect(await page.locator('[data-testid="tune-run"]').isDisabled()).toBe(true);

    // Within range again, Compare runs and Tune may sweep.
    await page.locator('nav a', { hasText: 'Compare' }).click();
    await page.fill('[data-testid="setting-trials"]', '200');
    await page.locator('[data-testid="run-button"]').click();
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    await page.locator('nav a[href$="tune"]').click();
    await page.locator('[data-testid="tune-run"]:not([disabled])').waitFor();
    expect(await refusal.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('teaches nothing on Train from a rate of 200% that Compare refuses, and says why', async () => {
    const link = `${app.url}train${linkWithTrials(4000, 2)}`;
    const { page, errors } = await openPage(app.browser, link);
    const refusal = page.locator('[data-testid="train-compare-invalid"]');
    await refusal.waitFor({ timeout: 90_000 });
    expect(await refusal.textContent()).toContain(en['settings.rate']);
    expect(await page.locator('[data-testid="lessons"]').count()).toBe(0);
    await screenshot(page, 'settings-link-rate-train');
    expect(errors).toEqual([]);
  });
});
