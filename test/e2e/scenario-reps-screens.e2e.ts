import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import {
  openPage,
  openScenarioFile,
  projectRoot,
  runDoneWithSeed,
  screenshot,
  useBrowser,
} from './harness';

const shipped = (name: string) =>
  JSON.parse(readFileSync(join(projectRoot, 'scenarios', name), 'utf8'));
const pharma = shipped('pharma-2014.json');
const ownNames: string[] = pharma.data.reps.map((rep: { name: string }) => rep.name);
// The letter's rep as the page names it: as the file writes it, in Chinese as translated.
const shownNames = (tag: string) => (tag === 'zh' ? [zhCN['shipped.pharma.rep']] : ownNames);
// The letter's quarterly rep (in 万元) under the reference's self-set scheme, which the sample's
// months fit too: it opens on its rep (another unit than the sample's), and the switch can run
// it on the sample. The letter itself fits no months, and the notice offers it no switch.
const { schemes } = shipped('reference-lognormal.json');
const letterRep = { ...pharma, schemes, baseline: schemes[0].id };

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
      await page.locator('[data-testid="run-status"][data-state="done"]').waitFor();
      await page.locator('[data-testid="open-scenario"]').setInputFiles({
        name: 'letter-rep.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(letterRep)),
      });
      await runDoneWithSeed(page, letterRep.seed);

      await page.locator('nav a[href$="train"]').click();
      await page.locator('[data-testid="train-reps-note"]').waitFor();
      expect(await optionTexts(page, '[data-testid="train-rep"]')).toEqual(shownNames(tag));
      await page.locator('[data-testid="belief-summary"]').waitFor();
      await screenshot(page, `scenario-reps-train-${tag}`);

      await page.locator('nav a[href$="behaviour"]').click();
      await page.locator('[data-testid="behaviour-reps"]').waitFor();
      await page.locator('[data-testid="behaviour-run"]').click();
      await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: 110_000 });
      expect(await behaviourReps(page).locator('option').allTextContents()).toEqual(
        shownNames(tag),
      );
      expect(await page.locator('[data-testid="behaviour-other-reps"]').count()).toBe(0);
      await screenshot(page, `scenario-reps-behaviour-${tag}`);

      // Back to the sample; Behaviour's result says it was run on other reps.
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
      expect(sampleNames).not.toContain(shownNames(tag)[0]);
      await screenshot(page, `scenario-reps-train-history-${tag}`);

      // And over again: the switch brings the scenario's rep back to Train.
      await switchButton(page).click();
      await page.locator('[data-testid="train-reps-note"]').waitFor({ timeout: 60_000 });
      expect(await optionTexts(page, '[data-testid="train-rep"]')).toEqual(shownNames(tag));
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
