import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, openScenarioFile, projectRoot, screenshot, useBrowser } from './harness';

const file = join(projectRoot, 'scenarios', 'pharma-2014.json');
const pharma = JSON.parse(readFileSync(file, 'utf8'));
const ownNames: string[] = pharma.data.reps.map((rep: { name: string }) => rep.name);

const notice = (page: Page) => page.locator('[data-testid="scenario-notice"]');
const switchButton = (page: Page) => page.locator('[data-testid="scenario-reps-switch"]');
const optionTexts = (page: Page, select: string) =>
  page.locator(`${select} option`).allTextContents();

/** The rep picker of Behaviour's period chart, which lists the reps of the run shown. */
const behaviourReps = (page: Page) =>
  page.locator('#months-title').locator('..').locator('..').locator('select').first();

/**
 * Train and Behaviour follow the reps the comparison runs on: a scenario's own reps while the
 * notice says so, the loaded history once its switch goes back to it.
 */
describe('Train and Behaviour on a scenario that lists its own reps', () => {
  const app = useBrowser();

  for (const { locale, tag } of [
    { locale: 'en-US', tag: 'en' },
    { locale: 'zh-CN', tag: 'zh' },
  ]) {
    it(`run on pharma-2014's rep, then on the sample after the switch (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await openScenarioFile(page, file);

      await page.locator('nav a[href$="train"]').click();
      await page.locator('[data-testid="train-reps-note"]').waitFor();
      expect(await optionTexts(page, '[data-testid="train-rep"]')).toEqual(ownNames);
      await page.locator('[data-testid="belief-summary"]').waitFor();
      await screenshot(page, `scenario-reps-train-${tag}`);

      await page.locator('nav a[href$="behaviour"]').click();
      await page.locator('[data-testid="behaviour-reps"]').waitFor();
      await page.locator('[data-testid="behaviour-run"]').click();
      await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: 110_000 });
      expect(await behaviourReps(page).locator('option').allTextContents()).toEqual(ownNames);
      expect(await page.locator('[data-testid="behaviour-other-reps"]').count()).toBe(0);
      await screenshot(page, `scenario-reps-behaviour-${tag}`);

      // Back to the sample (the comparison refuses it: its months do not fit the letter's
      // quarters); Behaviour's result says it was run on other reps.
      await switchButton(page).click();
      await notice(page).and(page.locator('[data-on-scenario-reps="false"]')).waitFor();
      await page.locator('[data-testid="behaviour-other-reps"]').waitFor();
      expect(await page.locator('[data-testid="behaviour-reps"]').count()).toBe(0);
      await screenshot(page, `scenario-reps-behaviour-history-${tag}`);

      await page.locator('nav a[href$="train"]').click();
      await page.locator('[data-testid="train-rep"]').waitFor();
      expect(await page.locator('[data-testid="train-reps-note"]').count()).toBe(0);
      const sampleNames = await optionTexts(page, '[data-testid="train-rep"]');
      expect(sampleNames.length).toBeGreaterThan(1);
      expect(sampleNames).not.toContain(ownNames[0]);
      await screenshot(page, `scenario-reps-train-history-${tag}`);

      // And over again: the switch brings the scenario's rep back to Train.
      await switchButton(page).click();
      await page.locator('[data-testid="train-reps-note"]').waitFor({ timeout: 60_000 });
      expect(await optionTexts(page, '[data-testid="train-rep"]')).toEqual(ownNames);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 240_000);
  }
});

/** A scenario rep with a single mean gives no quarter: Train says so and takes a described rep. */
describe('Train on scenario reps whose periods make no quarter', () => {
  const app = useBrowser();
  const reference = join(projectRoot, 'scenarios', 'reference-lognormal.json');

  for (const { locale, tag } of [
    { locale: 'en-US', tag: 'en' },
    { locale: 'zh-CN', tag: 'zh' },
  ]) {
    it(`says so and offers the sample rep only (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await openScenarioFile(page, reference);
      // Its amounts have no unit, unlike the sample's yuan: it runs on its own rep at once.
      await notice(page).and(page.locator('[data-on-scenario-reps="true"]')).waitFor();

      await page.locator('nav a[href$="train"]').click();
      const note = page.locator('[data-testid="train-reps-note"]');
      expect(await note.getAttribute('data-quarter')).toBe('false');
      expect(await page.locator('[data-testid="source-rep"]').isDisabled()).toBe(true);
      expect(await page.locator('[data-testid="source-sample"]').isChecked()).toBe(true);
      expect(await page.locator('[data-testid="train-rep"]').count()).toBe(0);
      await page.locator('[data-testid="belief-summary"]').waitFor();
      await screenshot(page, `scenario-reps-train-no-quarter-${tag}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 120_000);
  }
});
