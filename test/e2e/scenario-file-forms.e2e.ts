import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';

const saved = readFileSync(join(projectRoot, 'scenarios/pharma-2014.json'), 'utf8');
const scenario = JSON.parse(saved) as { seed: number };
// Fewer trials than the page runs: a scenario both buttons refuse, with one problem.
const few = JSON.stringify({ ...JSON.parse(saved), trials: 10 });

/** The text as Windows Notepad saves it as "Unicode": UTF-16 LE after its byte order mark. */
function notepadUnicode(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Drops files, each a name and its bytes, on the import zone together. */
async function dropFiles(page: Page, files: { name: string; bytes: Buffer }[]): Promise<void> {
  const list = files.map(({ name, bytes }) => ({ name, bytes: [...bytes] }));
  const transfer = await page.evaluateHandle((given) => {
    const data = new DataTransfer();
    for (const { name, bytes } of given) data.items.add(new File([new Uint8Array(bytes)], name));
    return data;
  }, list);
  await page.locator('[data-testid="import-file"]').locator('xpath=..').dispatchEvent('drop', {
    dataTransfer: transfer,
  });
}

const openScenario = (page: Page, name: string, buffer: Buffer) =>
  page
    .locator('[data-testid="open-scenario"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer });

/** What a refusal looks like: the box and its heading, as the reader sees them. */
const looks = (box: Locator) =>
  box.evaluate((element) => {
    const style = (e: Element) => {
      const s = getComputedStyle(e);
      return [s.backgroundColor, s.color, s.borderTop, s.borderRadius, s.padding, s.fontWeight];
    };
    return [style(element), style(element.firstElementChild!), style(element.querySelector('li')!)];
  });

describe('scenario files as people save them and drop them', () => {
  const app = useBrowser();

  it('opens a UTF-16 scenario from both buttons, offers one dropped with other JSON, and refuses alike', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });

    // Dropped with other JSON, in UTF-16, the scenario is the file the dialog offers to open.
    await dropFiles(page, [
      { name: 'notes.json', bytes: Buffer.from('{"a": 1}') },
      { name: 'unicode.json', bytes: notepadUnicode(saved) },
    ]);
    await page.locator('[data-testid="import-scenario"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('#import-title').innerText()).toBe('unicode.json is a scenario file');
    expect(await page.locator('[data-testid="import-left-out-json"]').innerText()).toContain(
      'notes.json',
    );
    await screenshot(page, 'scenario-file-forms-dropped');
    await page.locator('[data-testid="import-discard"]').click();

    // A refusal reads the same from the dialog and from Open scenario….
    await dropFiles(page, [{ name: 'few.json', bytes: Buffer.from(few) }]);
    await page.locator('[data-testid="import-open-scenario"]').click();
    const inDialog = page.locator('[data-testid="import-scenario-errors"]');
    await inDialog.waitFor({ timeout: 30_000 });
    const dialogLooks = await looks(inDialog);
    await page.locator('[data-testid="import-discard"]').click();
    await openScenario(page, 'few.json', notepadUnicode(few));
    const onPage = page.locator('[data-testid="scenario-errors"]');
    await onPage.waitFor({ timeout: 10_000 });
    expect(await onPage.innerText()).toContain('few.json: ');
    expect(await onPage.innerText()).not.toContain('JSON');
    expect(await looks(onPage)).toEqual(dialogLooks);
    await screenshot(page, 'scenario-file-forms-refused');

    await openScenario(page, 'unicode.json', notepadUnicode(saved));
    await page.waitForFunction(
      (want) =>
        document.querySelector('[data-testid="run-status"]')?.getAttribute('data-state') ===
          'done' && document.querySelector('[data-testid="run-seed"]')?.textContent === want,
      String(scenario.seed),
      { timeout: 110_000 },
    );
    expect(await onPage.count()).toBe(0);
    expect(errors).toEqual([]);
  }, 300_000);
});
