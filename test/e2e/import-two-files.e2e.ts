import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

/** Drops files, each a name and its text, on the import zone together, as a file manager does. */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, text } of list) data.items.add(new File([text], name, { type: 'text/csv' }));
    return data;
  }, files);
  await page.locator('[data-testid="import-file"]').locator('xpath=..').dispatchEvent('drop', {
    dataTransfer: transfer,
  });
}

const sales = (reps: string[]) =>
  ['rep,month,sales', ...reps.flatMap((rep) => [`${rep},2024-01,10`, `${rep},2024-02,12`])].join(
    '\n',
  );

describe('files dropped together on the import zone', () => {
  const app = useBrowser();

  it('imports the first and names the others as left out, in both languages', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    const files = [
      { name: 'sales.csv', text: sales(['Ann', 'Bo']) },
      { name: 'targets.csv', text: sales(['Cy']) },
      { name: 'march.csv', text: sales(['Di']) },
    ];
    await dropFiles(page, files);

    const note = page.locator('[data-testid="import-left-out"]');
    await note.waitFor({ timeout: 60_000 });
    expect(await page.locator('#import-title').innerText()).toContain('sales.csv');
    expect(await note.innerText()).toBe(
      'One file is imported at a time: this is sales.csv; 2 others were left out ' +
        '(targets.csv, march.csv). Import each on its own afterwards.',
    );
    await page.locator('[data-testid="import-discard"]').click();

    // The dialog holds the page: the language is switched between two drops. The names are
    // listed with 、 as every Chinese list on the page is.
    await page.getByRole('button', { name: '简体中文', exact: true }).click();
    await dropFiles(page, files);
    await note.waitFor({ timeout: 60_000 });
    expect(await note.innerText()).toBe(
      '一次只能导入一个文件：现在导入的是 sales.csv，另有 2 个文件未导入（targets.csv、march.csv）；' +
        '请之后再逐个单独导入。',
    );
    await screenshot(page, 'import-two-files-zh');
    await page.locator('[data-testid="import-discard"]').click();

    // The note goes with the dialog: a file chosen alone afterwards gets none.
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'alone.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(sales(['Ed'])),
    });
    await page
      .locator('[data-testid="import-confirm"]:not([disabled])')
      .waitFor({ timeout: 60_000 });
    expect(await note.count()).toBe(0);
    expect(errors).toEqual([]);
  }, 300_000);
});
