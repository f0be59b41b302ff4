import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

describe('the Schemes screen after opening a letter with a value per period', () => {
  const app = useBrowser();

  // The quarterly letter runs on its own rep (it does not fit the sample's months); the
  // monthly condiment letter runs on the loaded history.
  for (const [file, ownReps] of [
    ['pharma-2014.json', true],
    ['condiment-2010.json', false],
  ] as const) {
    it(`opens the editor on ${file}'s scheme and draws it for its first period`, async () => {
      const { page, errors } = await openPage(app.browser, app.url);
      const done = '[data-testid="run-status"][data-state="done"]';
      await page.waitForSelector(done, { timeout: 90_000 });
      const { seed } = JSON.parse(readFileSync(`scenarios/${file}`, 'utf8'));
      await page.locator('[data-testid="open-scenario"]').setInputFiles(`scenarios/${file}`);
      // The letter's run has started once its seed shows (the built-in scenario's differs).
      await page.waitForFunction(
        (s) => document.querySelector('[data-testid="run-seed"]')?.textContent === String(s),
        seed,
        { timeout: 60_000 },
      );
      await page.waitForSelector(done, { timeout: 90_000 });

      await page.locator('nav a[href$="schemes"]').first().click();
      await page.locator('[data-testid="scheme-editor"]').first().waitFor({ timeout: 10_000 });

      expect(await page.locator('[data-testid="payout-curve"]').count()).toBeGreaterThan(0);
      // A letter run on its own rep has its curve drawn for a rep like it, in its unit.
      if (ownReps) {
        const means: number[] = JSON.parse(
          readFileSync(`scenarios/${file}`, 'utf8'),
        ).data.reps.flatMap((r: { mean: number[] }) => r.mean);
        const expected = Number(await page.locator('[data-testid="point-expected"]').inputValue());
        expect(expected).toBeGreaterThanOrEqual(Math.min(...means) * 0.99);
        expect(expected).toBeLessThanOrEqual(Math.max(...means) * 1.01);
      }
      // Sales and pay are the same money on both axes and in the table's header, whatever the
      // file's unit (the pharmaceutical letter's is 10,000 yuan).
      const axes = page.locator('svg:has([data-testid="payout-curve"]) g.axis text');
      const ticks = (await axes.allTextContents()).filter((text) => /\d/.test(text));
      expect(ticks.length).toBeGreaterThan(4);
      for (const tick of ticks) expect(tick).toMatch(/¥/);
      const header = await page.locator('[data-testid="pay-table"] thead th').allTextContents();
      expect(header.slice(-3).every((h) => h.includes('¥'))).toBe(true);
      await page.locator('[data-testid="first-period"]').waitFor();
      await screenshot(page, `schemes-letter-${file}`);
      expect(errors).toEqual([]);
    });
  }
});
