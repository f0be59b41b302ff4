import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

/** The sample's schemes with a behaviour section: every rep strategic, beliefs 20% low. */
const scenario = {
  name: 'Behaviour settings from the file',
  seed: 11,
  trials: 400,
  data: { source: 'sample' },
  schemes: [
    { kind: 'self-set', id: 'self-set', rate: 0.05, floor: 'zero' },
    { kind: 'haggled-quota', id: 'haggled-quota', performancePayShare: 0.05 },
  ],
  baseline: 'self-set',
  behaviour: { naiveShare: 0, belief: { bias: -0.2 } },
};

describe("the behaviour screen and a scenario file's behaviour section", () => {
  const app = useBrowser();

  it('shows and runs with the settings of an opened file and saves what the panel holds', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'en-US');
    const done = '[data-testid="run-status"][data-state="done"]';
    await page.waitForSelector(done, { timeout: 60_000 });
    await page.locator('[data-testid="open-scenario"]').setInputFiles({
      name: 'behaviour.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenario)),
    });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="run-seed"]')?.textContent === '11',
      null,
      { timeout: 60_000 },
    );
    await page.waitForSelector(done, { timeout: 60_000 });

    await page.locator('nav a[href$="behaviour"]').click();
    const naive = page.getByLabel('Naive reps', { exact: false });
    const bias = page.getByLabel('Belief bias', { exact: false });
    expect(await naive.inputValue()).toBe('0');
    expect(await bias.inputValue()).toBe('-20');

    await page.locator('[data-testid="behaviour-run"]').click();
    const statement = page.locator('[data-testid="behaviour-statement"]');
    await statement.waitFor({ timeout: 120_000 });
    // No naive reps: all 30 of the sample's reps are strategic.
    expect(await statement.textContent()).toMatch(/30 of 30/);
    await screenshot(page, 'behaviour-scenario-settings');

    await bias.fill('10');
    await page.getByLabel('Reps shift deals between periods').uncheck();
    await page.locator('nav a[href$="/"]').first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="save-scenario"]'),
    ]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(saved.behaviour.naiveShare).toBe(0);
    expect(saved.behaviour.belief.bias).toBeCloseTo(0.1, 10);
    expect(saved.behaviour.timing.enabled).toBe(false);
    expect(errors).toEqual([]);
  });
});
