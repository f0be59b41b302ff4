import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import {
  openPage,
  openScenarioFile,
  projectRoot,
  runDoneWithSeed,
  screenshot,
  screenshotDir,
  typeInto,
  useBrowser,
} from './harness';

const id = (page: Page, testid: string) => page.locator(`[data-testid="${testid}"]`);

/** The horizontal positions of the chart's dots, left to right, and of its plot's two ends. */
function dots(page: Page): Promise<{ cx: number[]; left: number; right: number }> {
  return id(page, 'difference-chart').evaluate((svg) => {
    const cx = Array.from(svg.querySelectorAll('circle'), (c) => Number(c.getAttribute('cx')));
    const grid = Array.from(svg.querySelectorAll('.grid'), (l) => Number(l.getAttribute('x1')));
    return { cx: cx.sort((a, b) => a - b), left: Math.min(...grid), right: Math.max(...grid) };
  });
}

describe('Compare’s difference chart and the executive table', () => {
  const app = useBrowser();

  for (const [locale, catalog] of [
    ['en-US', en],
    ['zh-CN', zhCN],
  ] as const) {
    it(`keeps small changes apart when one is far off the scale, in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      await page.setViewportSize({ width: 1366, height: 850 });
      await openScenarioFile(page, resolve(projectRoot, 'scenarios/scheme-library.json'));
      const off = id(page, 'difference-off-scale');
      await off.waitFor({ timeout: 60_000 });
      // Every scheme of the library sets its targets from these reps' own sales.
      expect(await id(page, 'outcome-targets-unfit').count()).toBe(0);
      await screenshot(page, `difference-scale-${locale}`);

      // The menu's pay spread (+1,500%) is drawn at the edge and named under the chart.
      const prefix = catalog['chart.diff.offScale'].split('{{')[0];
      expect(await off.textContent()).toContain(prefix.trim());
      expect(await page.locator('[data-testid="difference-chart"] .off-value').count()).toBe(1);
      // The other dots spread over the axis, not onto its zero line.
      const { cx, left, right } = await dots(page);
      expect(cx[cx.length - 1] - cx[0]).toBeGreaterThan((right - left) / 4);

      // The PNG draws the value at the edge as the page does, its halo under the text.
      const halo = await page
        .locator('[data-testid="difference-chart"] .off-value')
        .evaluate((text) => getComputedStyle(text).getPropertyValue('paint-order'));
      expect(halo).toContain('stroke');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        id(page, 'save-png').click(),
      ]);
      const png = readFileSync(await download.path());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      writeFileSync(resolve(screenshotDir, `difference-scale-${locale}-export.png`), png);

      // Printed, the values at the edge stand for the notes, and the page stays one.
      await page.emulateMedia({ media: 'print' });
      await expect(off.isVisible()).resolves.toBe(false);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
      await page.emulateMedia({ media: 'screen' });
      expect(errors).toEqual([]);
    });
  }

  it('says when a scheme’s targets do not fit the reps it runs on, and where its own are', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await openScenarioFile(page, resolve(projectRoot, 'scenarios/condiment-2010.json'));
    const unfit = id(page, 'outcome-targets-unfit');
    await unfit.waitFor({ timeout: 60_000 });
    await screenshot(page, 'targets-unfit-condiment');
    expect(await unfit.count()).toBe(1);
    expect(await id(page, 'outcome-own-reps').count()).toBe(1);
    // Printed on one page: under the letter's extra rows the chart is left out.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
    await expect(id(page, 'difference-chart').isVisible()).resolves.toBe(false);
    await expect(unfit.isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    // On the file's own reps, for whom the targets were written, neither note is left.
    await id(page, 'scenario-reps-switch').click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="scenario-notice"]')
          ?.getAttribute('data-on-scenario-reps') === 'true' &&
        document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state') ===
          'done' &&
        document.querySelector('[data-testid="outcome-targets-unfit"]') === null,
      undefined,
      { timeout: 90_000 },
    );
    expect(await id(page, 'outcome-own-reps').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('prints the pharmaceutical letter’s summary on one page', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await openScenarioFile(page, resolve(projectRoot, 'scenarios/pharma-2014.json'));
    await id(page, 'outcome-letter-note').waitFor({ timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
    expect(errors).toEqual([]);
  });

  it('says why rep utility and pay spread have no interval at 100 trials', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    await expect(id(page, 'outcome-no-interval').count()).resolves.toBe(0);
    await typeInto(id(page, 'setting-trials'), '100');
    await typeInto(id(page, 'setting-seed'), '7');
    await id(page, 'run-button').click();
    await runDoneWithSeed(page, 7);
    const note = id(page, 'outcome-no-interval');
    await note.waitFor({ timeout: 60_000 });
    await screenshot(page, 'no-interval-100-trials');
    const text = (await note.textContent()) ?? '';
    expect(text).toContain(en['outcome.short.repUtility']);
    expect(text).toContain(en['outcome.short.payRateSpread']);
    expect(errors).toEqual([]);
  });
});
