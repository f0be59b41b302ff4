import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, openScenarioFile, projectRoot, screenshot, useBrowser } from './harness';

const status = (page: Page) => page.locator('[data-testid="run-status"]');
const tuneStatus = (page: Page) => page.locator('[data-testid="tune-status"]');

async function sweepOnce(page: Page): Promise<void> {
  await status(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
  await page.locator('a[href$="tune"]').first().click();
  await page.click('[data-testid="tune-run"]');
  await tuneStatus(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 110_000 });
}

const languages = [
  { locale: 'en-US', tag: 'en', words: en },
  { locale: 'zh-CN', tag: 'zh', words: zhCN },
] as const;

describe('Tune after a cancelled sweep', () => {
  const app = useBrowser();

  for (const { locale, tag, words } of languages) {
    it(`says the user cancelled it and dims the budget answer too (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await sweepOnce(page);
      const answer = page.locator('[data-testid="budget-solution"]');
      expect(await answer.getAttribute('data-previous')).toBe('false');

      await page.click('[data-testid="tune-run"]');
      await tuneStatus(page).and(page.locator('[data-state="running"]')).waitFor();
      await page.click('[data-testid="tune-cancel"]');
      await tuneStatus(page).and(page.locator('[data-state="cancelled"]')).waitFor();

      expect(await tuneStatus(page).textContent()).toContain(words['tune.cancelledByUser']);
      expect(await tuneStatus(page).textContent()).not.toContain(words['tune.cancelled']);
      expect(await answer.getAttribute('data-previous')).toBe('true');
      expect(await page.locator('[data-testid="budget-previous"]').textContent()).toBe(
        words['tune.previousAnswer'],
      );
      const opacity = await answer
        .locator('.value')
        .evaluate((el) => Number(getComputedStyle(el).opacity));
      expect(opacity).toBeLessThan(1);
      await screenshot(page, `tune-cancelled-by-user-${tag}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 240_000);
  }

  it('says a newer run cancelled it when Compare ran during the sweep', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await sweepOnce(page);
    await page.click('[data-testid="tune-run"]');
    await tuneStatus(page).and(page.locator('[data-state="running"]')).waitFor();
    await page.locator('nav a').first().click();
    await page.click('[data-testid="run-button"]');
    await status(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 110_000 });
    await page.locator('a[href$="tune"]').first().click();
    await tuneStatus(page).and(page.locator('[data-state="cancelled"]')).waitFor();
    expect(await tuneStatus(page).textContent()).toContain(en['tune.cancelled']);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});

describe('the executive summary on a scenario’s own reps', () => {
  const app = useBrowser();

  for (const { locale, tag, words } of languages) {
    it(`names the scenario's reps as the data, not the loaded history (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await openScenarioFile(page, join(projectRoot, 'scenarios', 'pharma-2014.json'));
      const context = page.locator('[data-testid="exec-context"]');
      expect(await context.textContent()).toContain(
        words['exec.scenarioReps'].replace('{{count}}', '1'),
      );
      expect(await context.textContent()).not.toContain(words['data.sampleName']);
      await screenshot(page, `exec-scenario-reps-${tag}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 240_000);
  }
});
