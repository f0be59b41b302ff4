import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';

// Hang guards only: the run on the imported file is made long on purpose.
const GUARD = 110_000;
const FILE = 'reps300.csv';
/** Trials of the run on the imported file: enough that it is still going while checked. */
const LONG_TRIALS = '200000';

/** 300 reps over 2023–2024, one row a month each: a few hundred reps, as a company's file. */
function repsCsv(): string {
  const lines = ['rep,date,sales'];
  for (let k = 1; k <= 300; k += 1)
    for (let m = 0; m < 24; m += 1) {
      const month = String((m % 12) + 1).padStart(2, '0');
      const sales = 50_000 + 1_000 * k + 500 * ((m * 7 + k) % 11);
      lines.push(`Rep ${k},${2023 + Math.floor(m / 12)}-${month}-10,${sales}`);
    }
  return `${lines.join('\n')}\n`;
}

const status = (page: Page) => page.locator('[data-testid="run-status"]');
const context = (page: Page) => page.locator('[data-testid="exec-context"]');
const actions = ['print-summary', 'save-png', 'share', 'save-scenario'];

async function waitForState(page: Page, state: string): Promise<void> {
  await status(page)
    .and(page.locator(`[data-state="${state}"]`))
    .waitFor({ timeout: GUARD });
}

async function disabledActions(page: Page): Promise<boolean[]> {
  return Promise.all(actions.map((id) => page.locator(`[data-testid="${id}"]`).isDisabled()));
}

describe('results of the previous data while the imported file runs', () => {
  const app = useBrowser();
  let folder: string;
  let file: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'il-previous-'));
    file = join(folder, FILE);
    writeFileSync(file, repsCsv());
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('names the sample, dims its results and turns printing and sharing off until the run ends', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done');
    expect(await disabledActions(page)).toEqual([false, false, false, false]);

    // A sweep and a behaviour run on the sample, to see how those screens take the new data.
    await page.locator('nav a[href$="tune"]').click();
    await page.click('[data-testid="tune-run"]');
    await page
      .locator('[data-testid="tune-status"][data-state="done"]')
      .waitFor({ timeout: GUARD });
    await page.locator('nav a[href$="behaviour"]').click();
    await page.click('[data-testid="behaviour-run"]');
    await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: GUARD });
    expect(await page.locator('[data-testid="behaviour-other-reps"]').count()).toBe(0);

    await page.locator('nav a[href$="/"]').first().click();
    await waitForState(page, 'done');
    const sampleContext = (await context(page).textContent()) ?? '';
    expect(sampleContext).toContain('Built-in sample');
    await page.locator('[data-testid="setting-trials"]').fill(LONG_TRIALS);
    await page.locator('[data-testid="setting-trials"]').press('Tab');

    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    await page.locator('[data-testid="import-confirm"]:not([disabled])').click({ timeout: GUARD });
    await page.locator('[data-testid="import-close"]').click({ timeout: GUARD });
    await waitForState(page, 'running');

    // The figures on screen are the sample's: the header says so, not the new file's name.
    expect(await context(page).textContent()).toBe(sampleContext);
    const previous = (await page.locator('[data-testid="exec-previous"]').textContent()) ?? '';
    expect(previous).toContain('Previous results, of Built-in sample, not of reps300.csv');
    const stale = page.locator('[data-testid="run-stale"]');
    expect(await stale.getAttribute('data-previous')).toBe('true');
    expect(await stale.textContent()).toContain('whose run is under way');
    expect(await page.locator('.outcome').getAttribute('data-stale')).toBe('true');
    expect(await disabledActions(page)).toEqual([true, true, true, true]);
    await screenshot(page, 'previous-data-compare-running');

    // Tune and Behaviour, still on the sample's results, mark them as the other data's.
    await page.locator('nav a[href$="tune"]').click();
    const curves = page.locator('[data-testid="sweep-previous"]');
    await curves.waitFor();
    expect(await page.locator('.grid[data-previous="true"]').count()).toBe(1);
    expect(await page.locator('[data-testid="budget-previous"]').textContent()).toContain(
      'From a sweep on other data (Built-in sample); sweep again for reps300.csv.',
    );
    expect(await page.locator('[data-testid="export-sweep"]').isDisabled()).toBe(true);
    await screenshot(page, 'previous-data-tune-running');
    await page.locator('nav a[href$="behaviour"]').click();
    await page.locator('[data-testid="behaviour-other-reps"]').waitFor();
    expect(await page.locator('.outcome[data-previous="true"]').count()).toBe(1);
    await screenshot(page, 'previous-data-behaviour');

    await page.locator('nav a[href$="/"]').first().click();
    await waitForState(page, 'done');
    const ownContext = (await context(page).textContent()) ?? '';
    expect(ownContext).toContain('data: reps300.csv');
    expect(ownContext).toContain('200,000 trials');
    expect(await page.locator('[data-testid="exec-previous"]').count()).toBe(0);
    expect(await page.locator('[data-testid="run-stale"]').count()).toBe(0);
    expect(await page.locator('.outcome').getAttribute('data-stale')).toBe('false');
    expect(await disabledActions(page)).toEqual([false, false, false, false]);
    await screenshot(page, 'previous-data-compare-done');
    expect(errors).toEqual([]);
  });
});

// The pharmaceutical letter's schemes (a quota for each of four quarters) named for the sample's
// months: the notice offers no switch to a history they do not fit, so the file names it.
const pharma = JSON.parse(readFileSync(join(projectRoot, 'scenarios', 'pharma-2014.json'), 'utf8'));
const pharmaOnSample = Buffer.from(JSON.stringify({ ...pharma, data: { source: 'sample' } }));

describe('Behaviour refuses a scenario’s letters on the loaded data, as the comparison does', () => {
  const app = useBrowser();

  for (const { locale, tag, words } of [
    { locale: 'en-US', tag: 'en', words: 'Cannot run: the schemes do not fit the data at hand (' },
    { locale: 'zh-CN', tag: 'zh', words: '无法运行：方案与当前数据不符（' },
  ]) {
    it(`says why before any worker runs (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await waitForState(page, 'done');
      await page.locator('[data-testid="open-scenario"]').setInputFiles({
        name: 'pharma-on-sample.json',
        mimeType: 'application/json',
        buffer: pharmaOnSample,
      });
      await waitForState(page, 'error');

      await page.locator('nav a[href$="behaviour"]').click();
      await page.click('[data-testid="behaviour-run"]');
      const refused = page.locator('[data-testid="behaviour-refused"]');
      await refused.waitFor();
      const text = (await refused.textContent()) ?? '';
      expect(text).toContain(words);
      expect(text).not.toContain('expected 1 or 12 values');
      expect(await page.locator('[data-testid="behaviour-statement"]').count()).toBe(0);
      await screenshot(page, `behaviour-refused-${tag}`);
      expect(errors).toEqual([]);
    });
  }
});
