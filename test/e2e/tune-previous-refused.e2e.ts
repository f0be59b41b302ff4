import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';

const status = (page: Page) => page.locator('[data-testid="run-status"]');
const tuneStatus = (page: Page) => page.locator('[data-testid="tune-status"]');

async function toTune(page: Page): Promise<void> {
  await status(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
  await page.locator('a[href$="tune"]').first().click();
}

/** Runs the form's sweep and expects it done, with the status's words if it is not. */
async function sweep(page: Page): Promise<void> {
  await page.click('[data-testid="tune-run"]');
  await page.waitForFunction(
    () => {
      const state = document
        .querySelector('[data-testid="tune-status"]')
        ?.getAttribute('data-state');
      return state !== 'running' && state !== 'idle';
    },
    undefined,
    { timeout: 200_000 },
  );
  const state = await tuneStatus(page).getAttribute('data-state');
  expect(`${state}: ${await tuneStatus(page).textContent()}`).toMatch(/^done: /);
}

const languages = [
  { locale: 'en-US', tag: 'en', words: en },
  { locale: 'zh-CN', tag: 'zh', words: zhCN },
] as const;

/** Tune after a sweep whose form is then refused; Tune on a letter. */
describe('Tune marks what is not the form’s sweep and names every parameter', () => {
  const app = useBrowser();

  for (const { locale, tag, words } of languages) {
    it(`asks for a correction and marks the previous sweep while From is refused (${tag})`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await toTune(page);
      await sweep(page);
      const answer = page.locator('[data-testid="budget-solution"]');
      expect(await answer.getAttribute('data-previous')).toBe('false');

      await page.locator('[data-testid="tune-from"]').fill('-5');
      await page.keyboard.press('Tab');
      expect(await page.locator('[data-testid="tune-run"]').isDisabled()).toBe(true);
      expect(await tuneStatus(page).textContent()).toContain(words['tune.fix']);
      const note = page.locator('[data-testid="sweep-previous"]');
      expect(await note.textContent()).toContain(words['tune.previousSweepRefused']);
      expect(await page.locator('[data-previous="true"].grid').count()).toBe(1);
      expect(await answer.getAttribute('data-previous')).toBe('true');
      expect(await page.locator('[data-testid="budget-previous"]').textContent()).toContain(
        words['tune.previousAnswerRefused'],
      );
      await screenshot(page, `tune-previous-refused-${tag}`);

      // Corrected back to a range that runs, the curves are the form's own again.
      await page.locator('[data-testid="tune-from"]').fill('1');
      await page.keyboard.press('Tab');
      expect(await tuneStatus(page).textContent()).not.toContain(words['tune.fix']);
      expect(await answer.getAttribute('data-previous')).toBe('false');
      expect(await note.count()).toBe(0);
      expect(errors).toEqual([]);
    }, 180_000);
  }

  const letters = [
    { file: 'pharma-2014.json', first: 'excessRate', suffix: 1 },
    { file: 'condiment-2010.json', first: 'settleEvery', suffix: 0 },
  ];
  for (const { locale, tag, words } of languages) {
    for (const { file, first, suffix } of letters) {
      it(`offers ${file}'s parameters in words, one chosen, and runs its default (${tag})`, async () => {
        const { page, errors } = await openPage(app.browser, app.url, locale);
        await status(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
        await page
          .locator('[data-testid="open-scenario"]')
          .setInputFiles(join(projectRoot, 'scenarios', file));
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state') ===
              'done' && document.querySelector('[data-testid="run-seed"]')?.textContent !== '',
          undefined,
          { timeout: 110_000 },
        );
        await page.locator('a[href$="tune"]').first().click();
        const picker = page.locator('[data-testid="tune-parameter"]');
        await page.waitForFunction(
          (want) =>
            (document.querySelector('[data-testid="tune-parameter"]') as HTMLSelectElement | null)
              ?.value === want,
          first,
        );
        const labels = await picker.locator('option').allTextContents();
        expect(labels.length).toBeGreaterThan(0);
        for (const label of labels) expect(label).not.toMatch(/^[a-z]+([A-Z.][a-zA-Z]*)*$/);
        expect(labels[0]).toBe(words[`param.${first}` as keyof typeof words]);
        // A rate reads as a percentage; a count of months as a whole number without one.
        const from = page.locator('[data-testid="tune-from"]');
        expect(await page.locator('[data-testid="tune-from"] + .suffix').count()).toBe(suffix);
        if (suffix === 0) expect(await from.inputValue()).toMatch(/^\d+$/);

        await sweep(page);
        expect(await page.locator('[data-testid="tune-refused"]').count()).toBe(0);
        await screenshot(page, `tune-letter-${file.replace('.json', '')}-${tag}`);
        expect(errors).toEqual([]);
      }, 240_000);
    }
  }
});
