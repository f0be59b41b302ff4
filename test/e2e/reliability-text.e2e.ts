import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../corpus/corpus';
import { formulaNames, hostileNames, MARKUP } from '../corpus/smallFiles';
import { readCsv } from '../unit/reliability/readCsv';
import { screenshot, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const corpusFile = (name: string) => new URL(name, corpusDir).pathname;

/** Signs that markup from the data became elements: what the hostile names would create. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (/^on/i.test(attribute)) found.push(`${element.tagName} ${attribute}`);
      }
    }
    for (const image of document.querySelectorAll('img')) {
      if (image.getAttribute('src') === 'x') found.push('img src=x');
    }
    for (const script of document.querySelectorAll('script')) {
      if (/alert/.test(script.textContent ?? '')) found.push('inline script');
    }
    return found;
  });
}

async function importCorpusFile(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="import-file"]').setInputFiles(corpusFile(name));
  await page.locator('[data-testid="import-confirm"]').click();
  await waitForState(page, 'done');
  // The import's summary opens over the page; what follows needs the page itself.
  const close = page.locator('[data-testid="import-close"]');
  if (await close.isVisible()) await close.click();
}

async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

describe('hostile text renders as text', () => {
  const app = useBrowser();

  async function open(path = '') {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${app.url}${path}`);
    return { context, page, dialogs };
  }

  it('rep names with markup show as text in tables, charts and tooltips, and run nothing', async () => {
    const { context, page, dialogs } = await open();
    await waitForState(page, 'done');
    await importCorpusFile(page, 'markup-names.csv');

    const body = (await page.locator('body').textContent()) ?? '';
    const svgText = await page
      .locator('svg')
      .evaluateAll((svgs) => svgs.map((svg) => svg.textContent ?? '').join('\n'));
    const labels = await page
      .locator('[aria-label], title')
      .evaluateAll((nodes) =>
        nodes.map((n) => n.getAttribute('aria-label') ?? n.textContent ?? '').join('\n'),
      );
    await screenshot(page, 'reliability-markup-names');

    const shown = body + svgText + labels;
    for (const name of hostileNames) expect(shown, name).toContain(name);
    for (const node of await page.locator('svg circle, svg path, svg rect').all()) {
      if (!(await node.isVisible())) continue;
      await node.hover({ timeout: 1_000 }).catch(() => undefined);
      break;
    }
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('a sheet name and a header with markup show as text in the import dialog', async () => {
    const { context, page, dialogs } = await open();
    await waitForState(page, 'done');
    await page
      .locator('[data-testid="import-file"]')
      .setInputFiles(corpusFile('markup-sheet.xlsx'));
    await page.locator('[data-testid="import-preview"]').waitFor();

    const dialog = (await page.locator('[data-testid="import-dialog"]').innerText()) ?? '';
    const options = await page.locator('[data-testid="import-dialog"] option').allTextContents();
    await screenshot(page, 'reliability-markup-sheet');

    expect([dialog, ...options].join('\n')).toContain(MARKUP);
    await page.locator('[data-testid="import-confirm"]').click();
    await waitForState(page, 'done');
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('the cleaned-table export neutralises rep names a spreadsheet would run', async () => {
    const { context, page } = await open();
    await waitForState(page, 'done');
    await importCorpusFile(page, 'formula-names.csv');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-csv"]').click(),
    ]);
    const rows = readCsv((await downloaded(download)).replace(/^\uFEFF/, ''));

    const firstCells = rows.slice(1).map((row) => row[0]);
    for (const name of formulaNames) {
      expect(firstCells).toContain(`'${name}`);
    }
    for (const cell of firstCells.filter(Boolean)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    await context.close();
  });

  it('a share link whose scenario name is markup shows it as text and runs nothing', async () => {
    const scenario = JSON.parse(
      readFileSync(new URL('../../scenarios/essay-vs-haggling.json', import.meta.url), 'utf8'),
    );
    scenario.name = MARKUP;
    scenario.schemes[0].label = '<script>alert(4)</script>';
    const encoded = Buffer.from(JSON.stringify(scenario)).toString('base64url');
    const fragment = `#scenario=${encoded}&margin=0.3&overCost=0.1&underCost=0.2&riskAversion=0&currency=CNY`;

    const { context, page, dialogs } = await open(fragment);
    await waitForState(page, 'done');
    await screenshot(page, 'reliability-markup-link');

    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('a share link that is not a scenario is refused in words and the app still runs', async () => {
    const { context, page, dialogs } = await open('#scenario=%3Cimg%20src%3Dx%3E&currency=CNY');
    await waitForState(page, 'done');

    await expect(page.locator('[data-testid="link-errors"]').isVisible()).resolves.toBe(true);
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
