import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { screenshot, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const file = 'news.csv';
// Three reps over two months: a count the sample (30 reps) cannot be mistaken for.
const csv = [
  'rep,month,sales',
  ...['A', 'B', 'C'].flatMap((rep, r) =>
    ['2024-01', '2024-02'].map((month, m) => `${rep},${month},${100 + 10 * r + m}`),
  ),
].join('\n');

const news = (page: Page) => page.locator('[data-testid="data-news"]');
const newsText = (page: Page) => news(page).locator('p').first().innerText();
const dataSource = (page: Page) => page.locator('dd.source');

async function twoTabs(context: BrowserContext, url: string): Promise<[first: Page, second: Page]> {
  const pages: Page[] = [];
  for (let i = 0; i < 2; i++) {
    const page = await context.newPage();
    await page.goto(url);
    await waitForState(page, 'done');
    pages.push(page);
  }
  return [pages[0], pages[1]];
}

async function importIn(page: Page): Promise<void> {
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name: file, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('[data-testid="import-confirm"]:not([disabled])').click();
  await waitForState(page, 'done');
  await page.locator('[data-testid="import-close"]').click();
}

/** The news's state once it is one of `states`. */
async function newsIn(page: Page, ...states: string[]): Promise<string> {
  const locator = news(page);
  await expect
    .poll(() => locator.getAttribute('data-state').catch(() => null), { timeout: 60_000 })
    .toSatisfy((s: string | null) => s !== null && states.includes(s));
  return (await locator.getAttribute('data-state')) ?? '';
}

describe('a change of the data in one tab, in another tab of the same browser', () => {
  const app = useBrowser();

  it('an idle tab loads it and says so, keeping its unsent Schemes edits', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const [first, second] = await twoTabs(context, app.url);

    // The second tab is on Schemes with an edit not sent to Compare.
    await second.locator('nav a[href$="schemes"]').click();
    await second.waitForSelector('#schemes-title');
    await second.locator('.tools select').selectOption('pharma-letter');
    const before = await second.locator('[data-testid="pay-table"] tbody th').count();
    await second.locator('.tools button').click();
    const rows = second.locator('[data-testid="pay-table"] tbody th');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(before + 1);
    const edited = await rows.allTextContents();

    await importIn(first);
    expect(await newsIn(second, 'loaded')).toBe('loaded');
    expect(await newsText(second)).toBe(
      `The data changed in another tab: ${file}, 3 reps. Loaded here too.`,
    );
    await screenshot(second, 'data-news-loaded');

    // The run there is on the file now, and the kept-data card names it as this tab's own.
    await second.locator('nav a[href$="/"]').click();
    await waitForState(second, 'done');
    await expect(dataSource(second).innerText()).resolves.toBe(file);
    const saved = second.locator('[data-testid="saved-status"]');
    await expect(saved.innerText()).resolves.toContain(`${file} is kept`);
    // The edit is still there on the new data, also after a reload.
    await second.locator('nav a[href$="schemes"]').click();
    const names = () => second.locator('[data-testid="pay-table"] tbody th').allTextContents();
    await expect.poll(names, { timeout: 60_000 }).toEqual(edited);
    await second.reload();
    await expect.poll(names, { timeout: 60_000 }).toEqual(edited);

    // Back to the sample in the first tab: the second follows.
    await first.locator('.sample').click();
    await waitForState(first, 'done');
    expect(await newsIn(second, 'loaded')).toBe('loaded');
    expect(await newsText(second)).toContain('the built-in sample, 30 reps');
    // The sample is not kept: a reload, here or there, brings the kept file back.
    await expect(second.locator('[data-testid="data-news-kept"]').innerText()).resolves.toBe(
      `${file} is kept (private file storage) and loads again after a reload.`,
    );
    await second.locator('nav a[href$="/"]').click();
    await waitForState(second, 'done');
    await expect(dataSource(second).innerText()).resolves.toBe(en['data.sampleName']);
    await second.reload();
    await waitForState(second, 'done');
    await expect(dataSource(second).innerText()).resolves.toBe(file);

    // Forgetting in the first tab changes no data, but the second says what a reload brings.
    await first.locator('[data-testid="saved-clear"]').click();
    expect(await newsIn(second, 'cleared')).toBe('cleared');
    expect(await newsText(second)).toContain(en['news.cleared']);
    await expect(saved.innerText()).resolves.toContain('Forgotten');
    await context.close();
  });

  it('a tab with a run in progress lets it run and offers the data once it has ended', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const [first, second] = await twoTabs(context, app.url);

    // A long run in the second tab.
    await second.locator('[data-testid="setting-trials"]').fill('500000');
    await second.locator('[data-testid="run-button"]').click();
    await waitForState(second, 'running');

    await importIn(first);
    expect(await newsIn(second, 'offered')).toBe('offered');
    const load = second.locator('[data-testid="data-news-load"]');
    expect(await load.isDisabled()).toBe(true);
    expect(await newsText(second)).toContain(en['news.busy']);
    // The news stopped nothing: the run goes on, on the sample.
    await expect(
      second.locator('[data-testid="run-status"]').getAttribute('data-state'),
    ).resolves.toBe('running');
    await expect(dataSource(second).innerText()).resolves.toBe(en['data.sampleName']);
    await screenshot(second, 'data-news-busy');

    // Once the run has ended (cancelled here, to keep the test short) the data load on a press.
    await second.locator('.runbar button', { hasText: en['run.cancel'] }).click();
    await waitForState(second, 'cancelled');
    await expect.poll(() => load.isDisabled(), { timeout: 10_000 }).toBe(false);
    expect(await newsText(second)).toContain(en['news.offered']);
    await load.click();
    expect(await newsIn(second, 'loaded')).toBe('loaded');
    await waitForState(second, 'done');
    await expect(dataSource(second).innerText()).resolves.toBe(file);
    await context.close();
  });

  it('says so in Chinese', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'zh-CN',
    });
    const [first, second] = await twoTabs(context, app.url);
    await importIn(first);
    expect(await newsIn(second, 'loaded')).toBe('loaded');
    expect(await newsText(second)).toBe(
      `数据已在另一个标签页中更改：${file}，3 位代表。${zhCN['news.loaded']}`,
    );
    await screenshot(second, 'data-news-zh');
    await context.close();
  });
});
