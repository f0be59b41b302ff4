/**
 * Data switches (the sample chosen again, a file imported or refused) while results are on
 * screen: those results keep the unit of the data they were run on until the run on the new
 * data puts its own figures there. Every text a figure takes is recorded as the page writes it,
 * so a unit that changes for a moment only is caught too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, runDoneWithSeed, screenshot, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);
const picker = (page: Page) => page.locator('#data-currency');
const FIGURE = 'metric-self-set-payoutMean';

// One rep of mean 100 (万元): its schemes fit any history, and its reps are in another unit than
// the sample's yuan, so it opens on them. The trials make the sample's run, once chosen, long
// enough to be seen running.
const inTenThousands = {
  name: 'One rep in 万元',
  currency: 'CNY-10k',
  seed: 7,
  trials: 50_000,
  data: { source: 'reps', reps: [{ id: 'r', name: 'R', mean: 100, sigma: 0.2 }] },
  schemes: [{ kind: 'self-set', id: 'self-set', rate: 0.05, floor: 'none' }],
};

/** Three reps over two months; `sign` marks the amounts' currency, none for the default yuan. */
function threeRepsCsv(sign: string): string {
  const rows = ['A', 'B', 'C'].flatMap((rep, r) =>
    ['2024-01', '2024-02'].map((month, m) => `${rep},${month},${sign}${1000 + 100 * r + 10 * m}`),
  );
  return ['rep,month,sales', ...rows].join('\n');
}

// Every sale 0: read, then refused after Confirm.
const zerosCsv = [
  'rep,date,sales',
  ...[1, 2, 3].flatMap((r) => [1, 2, 3].map((m) => `R${r},2024-0${m}-15,0`)),
].join('\n');

/** The figure's text and value as shown now. */
async function figure(page: Page): Promise<{ text: string; value: number }> {
  const cell = byId(page, FIGURE);
  const text = (await cell.innerText()).trim();
  return { text, value: Number(await cell.getAttribute('data-value')) };
}

/** From now on, records each distinct text the figure takes, as the page writes it. */
async function recordFigure(page: Page): Promise<void> {
  await page.evaluate((id) => {
    const seen: string[] = [];
    const note = () => {
      const text = document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
      if (text !== undefined && seen.at(-1) !== text) seen.push(text);
    };
    note();
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    (window as unknown as { seenFigures: string[] }).seenFigures = seen;
  }, FIGURE);
}

async function recorded(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { seenFigures: string[] }).seenFigures);
}

async function importCsv(page: Page, name: string, csv: string): Promise<void> {
  await byId(page, 'import-file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.locator('[data-testid="import-confirm"]:not([disabled])').click({ timeout: 60_000 });
}

async function openInTenThousands(page: Page): Promise<void> {
  await waitForState(page, 'done', 110_000);
  await byId(page, 'open-scenario').setInputFiles({
    name: 'own.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(inTenThousands)),
  });
  await runDoneWithSeed(page, inTenThousands.seed);
  expect(await byId(page, 'scenario-notice').getAttribute('data-on-scenario-reps')).toBe('true');
}

describe('the unit of the results on screen while the data change', () => {
  const app = useBrowser();

  it('keeps yuan results in yuan while reps in 万元 run, and theirs while the sample runs', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 110_000);
    // A file of yuan loaded, so that the sample can be chosen again.
    await importCsv(page, 'yuan.csv', threeRepsCsv(''));
    await byId(page, 'import-close').click();
    await waitForState(page, 'done', 110_000);
    const file = await figure(page);
    await recordFigure(page);
    await openInTenThousands(page);
    const before = await figure(page);
    expect(await recorded(page)).toEqual([file.text, before.text]);
    // The mean payout t·X with X near 100 万元: some ¥50,000 a period, written in yuan.
    expect(before.value).toBeGreaterThan(3);
    expect(before.value).toBeLessThan(8);
    expect(before.text).toMatch(/^CN¥\d{2},\d{3} ± /);
    await recordFigure(page);

    await page.getByRole('button', { name: 'Use sample data' }).click();
    await waitForState(page, 'running', 110_000);
    expect(await figure(page)).toEqual(before);
    // The picker names the unit of the data in use, which the dimmed results are not of.
    expect(await picker(page).inputValue()).toBe('CNY');
    await screenshot(page, 'switch-unit-sample-running');

    await waitForState(page, 'done', 110_000);
    const after = await figure(page);
    // The sample's own payout, in its yuan, not counted again in 10,000s.
    expect(after.text).toMatch(`CN¥${Math.round(after.value).toLocaleString('en-US')} ± `);
    expect(await picker(page).inputValue()).toBe('CNY');
    expect(await recorded(page)).toEqual([before.text, after.text]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('leaves the unit of the results alone while a refused file is read', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await openInTenThousands(page);
    const before = await figure(page);
    await recordFigure(page);

    await importCsv(page, 'zeros.csv', zerosCsv);
    await byId(page, 'import-errors').waitFor({ timeout: 110_000 });
    await byId(page, 'import-discard').first().click();

    expect(await figure(page)).toEqual(before);
    expect(await picker(page).inputValue()).toBe('CNY-10k');
    expect(await recorded(page)).toEqual([before.text]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('keeps the sample in yuan while a dollar file runs, and that file in dollars while the sample runs', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 110_000);
    const sample = await figure(page);
    expect(sample.text).toMatch(/^CN¥/);
    await recordFigure(page);

    await importCsv(page, 'dollars.csv', threeRepsCsv('$'));
    // The file's own figures, in the dialog, are in its dollars at once.
    expect(await byId(page, 'import-total-sales').innerText()).toContain('$');
    await byId(page, 'import-close').click();
    await waitForState(page, 'done', 110_000);
    const dollars = await figure(page);
    expect(dollars.text).toMatch(/^\$/);
    expect(await recorded(page)).toEqual([sample.text, dollars.text]);

    await recordFigure(page);
    await page.getByRole('button', { name: 'Use sample data' }).click();
    await waitForState(page, 'done', 110_000);
    expect(await figure(page)).toEqual(sample);
    expect(await recorded(page)).toEqual([dollars.text, sample.text]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('keeps a sweep of the sample in yuan on Tune once a dollar file is in use', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 110_000);
    const payoutAxis = () => byId(page, 'sweep-payout').locator('text').allTextContents();
    await page.locator('nav a[href$="tune"]').click();
    await byId(page, 'tune-run').click();
    await page
      .locator('[data-testid="tune-status"][data-state="done"]')
      .waitFor({ timeout: 110_000 });
    const swept = await payoutAxis();
    expect(swept).toContain('Payout per horizon (CNY)');

    await page.locator('nav a[href$="/"]').first().click();
    await importCsv(page, 'dollars.csv', threeRepsCsv('$'));
    await byId(page, 'import-close').click();
    await waitForState(page, 'done', 110_000);
    expect(await picker(page).inputValue()).toBe('USD');

    await page.locator('nav a[href$="tune"]').click();
    await byId(page, 'sweep-previous').waitFor();
    expect(await payoutAxis()).toEqual(swept);
    await screenshot(page, 'switch-unit-tune-previous');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('shows the new data in their unit elsewhere while Compare keeps the cancelled switch’s', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 110_000);
    const sample = await figure(page);
    await page.locator('[data-testid="setting-trials"]').fill('1000000');
    await page.locator('[data-testid="setting-trials"]').press('Tab');
    await importCsv(page, 'dollars.csv', threeRepsCsv('$'));
    await byId(page, 'import-close').click();
    await waitForState(page, 'running', 110_000);
    await page.locator('.runbar button', { hasText: 'Cancel' }).click();
    await waitForState(page, 'cancelled');
    expect(await figure(page)).toEqual(sample);
    expect(await picker(page).inputValue()).toBe('USD');

    // Train works on the reps in use, the file's: its money is in their dollars.
    await page.locator('nav a[href$="train"]').click();
    expect((await byId(page, 'best-target').innerText()).trim()).toMatch(/^\$/);
    await page.locator('nav a[href$="/"]').first().click();
    await waitForState(page, 'cancelled');
    expect(await figure(page)).toEqual(sample);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
