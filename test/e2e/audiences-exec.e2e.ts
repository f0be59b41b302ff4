import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ECONOMICS } from '../../src/lib/engine/sweep';
import { foreignRequests, openPage, screenshot, useBrowser } from './harness';

const languages = [
  { locale: 'en-US', tag: 'en', title: 'Executive summary', badLink: 'could not be opened' },
  { locale: 'zh-CN', tag: 'zh', title: '高管摘要', badLink: '无法打开此链接' },
] as const;

/** The run is done and the outcomes computed from its blocks are on screen. */
async function waitForOutcomes(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const cell = document.querySelector('[data-testid="outcome-self-set-profit"]');
      return (cell?.getAttribute('data-value') ?? '') !== '';
    },
    null,
    { timeout: 60_000 },
  );
}

async function value(page: Page, testid: string): Promise<number> {
  return Number(await page.locator(`[data-testid="${testid}"]`).first().getAttribute('data-value'));
}

/** Pages of a PDF, counted by its page objects. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe('the executive screen in a real browser', () => {
  const app = useBrowser();

  for (const { locale, tag, title, badLink } of languages) {
    it(`compares the schemes with intervals and paired differences (${tag})`, async () => {
      const { page, requests, errors } = await openPage(app.browser, app.url, locale);
      await waitForOutcomes(page);
      await expect(page.locator('#exec-title').textContent()).resolves.toBe(title);

      // Profit is margin × sales − payout for every scheme, from figures shown independently.
      for (const id of ['self-set', 'haggled-quota']) {
        const sales = await value(page, `outcome-${id}-sales`);
        const payout = await value(page, `outcome-${id}-payout`);
        const profit = await value(page, `outcome-${id}-profit`);
        expect(profit / (DEFAULT_ECONOMICS.margin * sales - payout)).toBeCloseTo(1, 9);
        // A share of rep-periods, next to the target error it complements.
        const within = await value(page, `outcome-${id}-targetWithin`);
        expect(within).toBeGreaterThan(0);
        expect(within).toBeLessThan(1);
      }

      // A new baseline turns every paired difference round, without a rerun.
      const before = await value(page, 'outcome-diff-self-set-payout');
      await page.selectOption('[data-testid="baseline"]', 'self-set');
      await page.waitForSelector('[data-testid="outcome-diff-haggled-quota-payout"]');
      expect(await value(page, 'outcome-diff-haggled-quota-payout')).toBeCloseTo(-before, 6);
      await expect(
        page.locator('[data-testid="run-status"]').getAttribute('data-state'),
      ).resolves.toBe('done');
      await screenshot(page, `exec-compare-${tag}`);

      // The one-page summary: controls and the other cards are left out of print.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('aside').isVisible()).resolves.toBe(false);
      await expect(page.locator('[data-testid="exec-summary"]').isVisible()).resolves.toBe(true);
      await screenshot(page, `exec-print-${tag}`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdfPages(pdf)).toBe(1);
      await page.emulateMedia({ media: 'screen' });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="save-png"]'),
      ]);
      const png = readFileSync(await download.path());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
      writeFileSync(
        join(import.meta.dirname, `../../test-results/screenshots/exec-png-${tag}.png`),
        png,
      );

      expect(foreignRequests(requests, app.url)).toEqual([]);
      expect(errors).toEqual([]);
    });

    it(`reopens the exact scenario from a link and refuses a bad one (${tag})`, async () => {
      const { page } = await openPage(app.browser, app.url, locale);
      await waitForOutcomes(page);

      await page.fill('[data-testid="setting-seed"]', '12345');
      await page.fill('[data-testid="setting-trials"]', '2000');
      await page.click('[data-testid="run-button"]');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="run-seed"]')?.textContent === '12345',
        null,
        { timeout: 60_000 },
      );
      await waitForOutcomes(page);
      const payout = await value(page, 'outcome-self-set-payout');
      const profit = await value(page, 'outcome-self-set-profit');

      await page.click('[data-testid="share"]');
      const link = await page.locator('[data-testid="share-link"]').inputValue();
      expect(link).toContain('#scenario=');

      const reopened = await openPage(app.browser, link, locale);
      await waitForOutcomes(reopened.page);
      await expect(reopened.page.locator('[data-testid="run-seed"]').textContent()).resolves.toBe(
        '12345',
      );
      expect(await value(reopened.page, 'outcome-self-set-payout')).toBe(payout);
      expect(await value(reopened.page, 'outcome-self-set-profit')).toBe(profit);
      expect(reopened.errors).toEqual([]);

      // Pasted into a tab that already shows the app: only the fragment changes, no reload.
      const open = await openPage(app.browser, app.url, locale);
      await waitForOutcomes(open.page);
      await open.page.evaluate((href) => (window.location.href = href), link);
      await open.page.waitForFunction(
        () => document.querySelector('[data-testid="run-seed"]')?.textContent === '12345',
        null,
        { timeout: 60_000 },
      );
      await waitForOutcomes(open.page);
      expect(await value(open.page, 'outcome-self-set-payout')).toBe(payout);
      expect(open.errors).toEqual([]);

      const broken = `${app.url}#scenario=${Buffer.from('{"name":"x"}').toString('base64url')}`;
      const bad = await openPage(app.browser, broken, locale);
      await bad.page.waitForSelector('[data-testid="link-errors"]');
      const text = await bad.page.locator('[data-testid="link-errors"]').textContent();
      expect(text).toContain(badLink);
      expect(text).toContain('trials');
      await waitForOutcomes(bad.page);
      await screenshot(bad.page, `exec-bad-link-${tag}`);
    });
  }

  it('compares any number of schemes opened from a scenario file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'incentive-lab-'));
    const file = join(dir, 'three.json');
    const scheme = (id: string, alpha: number) => ({
      kind: 'truth-telling',
      id,
      alpha,
      beta: 0.05,
      gamma: 0.1,
      floor: 'zero',
    });
    const scenario = {
      name: 'Three schemes',
      seed: 7,
      trials: 1000,
      data: { source: 'sample' },
      schemes: [
        scheme('essay', 0),
        scheme('rewarded', 0.02),
        { kind: 'haggled-quota', id: 'quota', performancePayShare: 0.05 },
      ],
      baseline: 'quota',
    };
    writeFileSync(file, JSON.stringify(scenario));

    const { page, errors } = await openPage(app.browser, app.url);
    await waitForOutcomes(page);
    await page.locator('[data-testid="open-scenario"]').setInputFiles(file);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="run-seed"]')?.textContent === '7',
      null,
      { timeout: 60_000 },
    );
    await page.waitForFunction(
      () =>
        (document
          .querySelector('[data-testid="outcome-rewarded-profit"]')
          ?.getAttribute('data-value') ?? '') !== '',
      null,
      { timeout: 60_000 },
    );

    for (const id of ['essay', 'rewarded']) {
      await expect(page.locator(`[data-testid="outcome-diff-${id}-payout"]`).count()).resolves.toBe(
        1,
      );
    }
    // Paying α on sales above the target costs more than the essay's rule on the same draws.
    expect(await value(page, 'outcome-rewarded-payout')).toBeGreaterThan(
      await value(page, 'outcome-essay-payout'),
    );
    await screenshot(page, 'exec-three-schemes-en');
    expect(errors).toEqual([]);
  });

  for (const { locale, tag } of languages) {
    it(`says which scheme does not fit the data when a scenario file does not (${tag})`, async () => {
      // The pharma letter's quota has one value per quarter; the sample has twelve months. The
      // shipped file lists its own rep, which the app would run on: this copy asks for the sample.
      const shipped = join(process.cwd(), 'scenarios', 'pharma-2014.json');
      const pharma = { ...JSON.parse(readFileSync(shipped, 'utf8')), data: { source: 'sample' } };
      expect(pharma.schemes[0].quota.values.length).toBe(4);
      const file = join(mkdtempSync(join(tmpdir(), 'misfit-')), 'pharma-on-sample.json');
      writeFileSync(file, JSON.stringify(pharma));

      const { page, errors } = await openPage(app.browser, app.url, locale);
      await waitForOutcomes(page);
      await page.locator('[data-testid="open-scenario"]').setInputFiles(file);
      await page.waitForSelector('[data-testid="run-status"][data-state="error"]', {
        timeout: 60_000,
      });
      const status = (await page.locator('[data-testid="run-status"]').textContent()) ?? '';
      expect(status).toContain('schemes[0].quota.values');
      expect(status).toContain(tag === 'en' ? 'do not fit the data' : '方案与当前数据不符');
      expect(status).not.toContain('worker');
      if (tag === 'zh') expect(status).not.toMatch(/expected|saw/);
      // The results left on screen are the previous run's, and say so by their own name.
      const context = await page.locator('[data-testid="exec-context"]').textContent();
      expect(context).not.toContain(pharma.name);
      expect(await page.locator('[data-testid="baseline"]').inputValue()).not.toBe('');
      await screenshot(page, `exec-scheme-misfit-${tag}`);
      expect(errors).toEqual([]);
    });
  }
});
