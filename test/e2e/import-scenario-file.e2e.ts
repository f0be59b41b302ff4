import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';

const saved = readFileSync(join(projectRoot, 'scenarios/pharma-2014.json'), 'utf8');
const scenario = JSON.parse(saved) as { name: string; seed: number };
const sales = ['rep,month,sales', 'Ann,2024-01,10', 'Ann,2024-02,12', 'Bo,2024-01,9'].join('\n');

/** Drops files, each a name and its text, on the import zone together. */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, text } of list) data.items.add(new File([text], name));
    return data;
  }, files);
  await page.locator('[data-testid="import-file"]').locator('xpath=..').dispatchEvent('drop', {
    dataTransfer: transfer,
  });
}

const chooseFile = (page: Page, name: string, text: string) =>
  page.locator('[data-testid="import-file"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });

const seed = (page: Page) => page.locator('[data-testid="run-seed"]').textContent();
const dataCard = (page: Page) =>
  page.locator('section[aria-labelledby="data-title"] dl').innerText();

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: 90_000 });
}

describe('a scenario file given to “Import a file”', () => {
  const app = useBrowser();

  it('says what the file is, imports nothing, and opens it only when asked (en)', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await ready(page);
    const [card, before] = [await dataCard(page), await seed(page)];

    await chooseFile(page, 'my scenario.json', saved);
    const title = page.locator('#import-title');
    await page.locator('[data-testid="import-scenario"]').waitFor({ timeout: 30_000 });
    expect(await title.innerText()).toBe('my scenario.json is a scenario file');
    expect(await page.locator('[data-testid="import-scenario"]').innerText()).toContain(
      'nothing was imported',
    );
    // No table to map, and no way to import the file as one.
    expect(await page.locator('[data-testid="import-confirm"]').count()).toBe(0);
    expect(await page.locator('[data-testid="import-errors"]').count()).toBe(0);
    await screenshot(page, 'import-scenario-file-en');
    await page.locator('[data-testid="import-discard"]').click();
    expect([await dataCard(page), await seed(page)]).toEqual([card, before]);

    // Dropped with a table, the table is imported and the scenario named as left out.
    await dropFiles(page, [
      { name: 'my scenario.json', text: saved },
      { name: 'sales.csv', text: sales },
    ]);
    const note = page.locator('[data-testid="import-left-out-scenario"]');
    await note.waitFor({ timeout: 60_000 });
    expect(await title.innerText()).toContain('sales.csv');
    expect(await note.innerText()).toBe(
      'my scenario.json was left out, not imported with sales.csv: it is a scenario file ' +
        '(schemes and settings, as Save scenario writes them), not a sales table. Open it with ' +
        '“Open scenario…”.',
    );
    await page.locator('[data-testid="import-confirm"]:not([disabled])').waitFor();
    await screenshot(page, 'import-scenario-dropped-en');
    await page.locator('[data-testid="import-discard"]').click();
    expect(await dataCard(page)).toBe(card);
    expect(errors).toEqual([]);
  }, 240_000);

  it('opens the scenario on the user’s say, keeping the data loaded (zh)', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await ready(page);
    const card = await dataCard(page);

    // A file the page cannot run is refused in the dialog, and nothing changes.
    const few = JSON.stringify({ ...JSON.parse(saved), trials: 10 });
    await chooseFile(page, '少.json', few);
    await page.locator('[data-testid="import-scenario"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="import-open-scenario"]').click();
    const refused = page.locator('[data-testid="import-scenario-errors"]');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.innerText()).toContain('少.json');
    expect(await seed(page)).not.toBe(String(scenario.seed));
    await page.locator('[data-testid="import-discard"]').click();

    await chooseFile(page, '情景.json', saved);
    await page.locator('[data-testid="import-scenario"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('#import-title').innerText()).toBe('情景.json 是情景文件');
    await screenshot(page, 'import-scenario-file-zh');
    await page.locator('[data-testid="import-open-scenario"]').click();
    await page.waitForFunction(
      (want) =>
        document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state') ===
          'done' && document.querySelector('[data-testid="run-seed"]')?.textContent === want,
      String(scenario.seed),
      { timeout: 110_000 },
    );
    expect(await page.locator('[data-testid="import-dialog"]').count()).toBe(0);
    // The shipped file's name reads in the page's language.
    expect(await page.locator('[data-testid="exec-context"]').innerText()).toContain(
      zhCN['shipped.pharma.name'],
    );
    // The history loaded is still the data in use, as after “Open scenario…”.
    expect(await dataCard(page)).toBe(card);
    expect(errors).toEqual([]);
  }, 240_000);
});
