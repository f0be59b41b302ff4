import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, projectRoot, runDoneWithSeed, screenshot, useBrowser } from './harness';

const scenarioDir = join(projectRoot, 'scenarios');
const shipped = readdirSync(scenarioDir).filter((name) => name.endsWith('.json'));

const status = (page: Page) => page.locator('[data-testid="run-status"]');
const notice = (page: Page) => page.locator('[data-testid="scenario-notice"]');
const switchButton = (page: Page) => page.locator('[data-testid="scenario-reps-switch"]');

async function openScenario(page: Page, name: string): Promise<void> {
  await status(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="open-scenario"]').setInputFiles(join(scenarioDir, name));
}

/**
 * A scenario file may list its own reps (data source "reps"); the app runs it on
 * them, as the command line does, when its schemes do not fit the loaded history, offers them
 * otherwise, and keeps the history to go back to.
 */
describe('scenarios that list their own reps', () => {
  const app = useBrowser();

  it('finds the shipped scenarios', () => {
    expect(shipped).toContain('pharma-2014.json');
    expect(shipped.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of shipped) {
    it(`opens and runs the shipped scenario ${name}`, async () => {
      const scenario = JSON.parse(readFileSync(join(scenarioDir, name), 'utf8'));
      const { page, errors } = await openPage(app.browser, app.url);
      await openScenario(page, name);
      await runDoneWithSeed(page, scenario.seed);
      expect(await page.locator('[data-testid="exec-context"]').textContent()).toContain(
        scenario.name,
      );
      if (scenario.data.source === 'reps') expect(await notice(page).count()).toBe(1);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 120_000);
  }

  const languages = [
    {
      locale: 'en-US',
      tag: 'en',
      onReps: 'uses the scenario file’s own reps (1 listed)',
      sample: 'Built-in sample',
      misfit: 'its schemes do not fit those data',
    },
    {
      locale: 'zh-CN',
      tag: 'zh',
      onReps: '使用情景文件中列出的 1 位代表',
      sample: '内置示例',
      misfit: '方案与这些数据不符',
    },
  ] as const;

  for (const { locale, tag, onReps, sample, misfit } of languages) {
    it(`runs pharma-2014 on its own rep and says why not on the sample (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      const dataReps = () =>
        page.locator('[aria-labelledby="data-title"] dd.num').first().textContent();
      await openScenario(page, 'pharma-2014.json');
      const sampleReps = await dataReps();
      await runDoneWithSeed(page, 2014);

      expect(await notice(page).getAttribute('data-on-scenario-reps')).toBe('true');
      expect(await notice(page).textContent()).toContain(onReps);
      // The history is still the loaded data, and its chart, not of the run's reps, is left out.
      expect(await dataReps()).toBe(sampleReps);
      expect(Number(sampleReps?.replace(/\D/g, ''))).toBeGreaterThan(1);
      expect(await page.locator('#history-title').count()).toBe(0);
      await screenshot(page, `scenario-reps-pharma-${tag}`);

      // Its quarterly letter does not fit the sample's months: no switch to it, only why.
      expect(await switchButton(page).count()).toBe(0);
      const why = page.locator('[data-testid="scenario-reps-unfit"]');
      expect(await why.textContent()).toContain(misfit);
      expect(await why.textContent()).toContain(sample);
      expect(await why.textContent()).toContain('schemes[0].quota.values');
      expect(errors).toEqual([]);
      await page.context().close();
    }, 120_000);
  }
});

/** A cancelled sweep leaves the previous sweep's curves, which say they are the previous ones. */
describe("Tune's curves after a cancelled sweep", () => {
  const app = useBrowser();

  for (const { locale, tag, note } of [
    { locale: 'en-US', tag: 'en', note: 'from the previous sweep' },
    { locale: 'zh-CN', tag: 'zh', note: '来自上一次扫描' },
  ]) {
    it(`are dimmed and marked as the previous sweep's (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await status(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
      await page.locator('a[href$="tune"]').first().click();
      const tuneStatus = page.locator('[data-testid="tune-status"]');
      await page.click('[data-testid="tune-run"]');
      await tuneStatus.and(page.locator('[data-state="done"]')).waitFor({ timeout: 110_000 });
      const marked = page.locator('[data-testid="sweep-previous"]');
      expect(await marked.count()).toBe(0);

      await page.click('[data-testid="tune-run"]');
      await tuneStatus.and(page.locator('[data-state="running"]')).waitFor();
      await page.locator('.buttons button:not(.primary)').click();
      await tuneStatus.and(page.locator('[data-state="cancelled"]')).waitFor();

      expect(await marked.textContent()).toContain(note);
      // The curves' grid; the budget answer beside them carries the same mark.
      const curves = page.locator('.grid[data-previous]');
      expect(await curves.getAttribute('data-previous')).toBe('true');
      const opacity = await curves.evaluate((el) => getComputedStyle(el).opacity);
      expect(Number(opacity)).toBeLessThan(1);
      await screenshot(page, `tune-cancelled-${tag}`);

      await page.click('[data-testid="tune-run"]');
      await tuneStatus.and(page.locator('[data-state="done"]')).waitFor({ timeout: 110_000 });
      expect(await marked.count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 240_000);
  }
});

describe('a scenario that lists its own reps, after a reload', () => {
  const app = useBrowser();

  it('leaves the settings kept before it, not its seed and trials, to run the sample on', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await status(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
    const before = await page.locator('[data-testid="run-seed"]').textContent();

    await openScenario(page, 'reference-lognormal.json');
    await runDoneWithSeed(page, 1);
    // Longer than the wait before settings are kept, and the page is left as a user leaves it.
    await page.waitForTimeout(1000);
    await page.reload();

    await status(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="run-seed"]').textContent()).toBe(before);
    expect(await page.locator('[data-testid="exec-context"]').textContent()).not.toContain(
      'Reference: one lognormal rep',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
