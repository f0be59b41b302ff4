/**
 * A workbook imported after the connection to the app's server is lost: the app needs no server
 * once loaded, so the workbook must still be read; and where its reader could never be fetched,
 * the message must say so rather than blame a good file.
 */
import type { Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { goodWorkbook } from '../corpus/smallFiles';
import { openPage, screenshot, useBrowser } from './harness';

const readerScript = /readWorkbook\.worker/;

function workbookFile(name: string) {
  return {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(goodWorkbook({ XLSX })),
  };
}

async function waitForRun(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: 90_000 });
}

/** Waits until the page's workbook reader has run its script and listens for workbooks. */
async function waitForReader(page: Page): Promise<void> {
  const started = page.workers().find((worker) => readerScript.test(worker.url()));
  const worker =
    started ??
    (await page.waitForEvent('worker', {
      predicate: (candidate) => readerScript.test(candidate.url()),
      timeout: 60_000,
    }));
  await expect
    .poll(() => worker.evaluate(() => typeof self.onmessage), { timeout: 30_000 })
    .toBe('function');
}

describe('importing a workbook without the app’s server', () => {
  const app = useBrowser();

  it('reads two workbooks after the connection is lost once the app has started', async () => {
    const { page } = await openPage(app.browser, app.url);
    await waitForRun(page);
    await waitForReader(page);

    await page.context().setOffline(true);
    for (const name of ['first.xlsx', 'second.xlsx']) {
      await page.locator('[data-testid="import-file"]').setInputFiles(workbookFile(name));
      await expect
        .poll(() => page.locator('[data-testid="import-sheet"] option').allTextContents())
        .toEqual(['Sales']);
      expect(await page.locator('[data-testid="import-errors"]').count()).toBe(0);
      await screenshot(page, `import-offline-${name}`);
      await page.keyboard.press('Escape');
    }
    await page.context().setOffline(false);
  });

  it('says that the reader could not be loaded, not that the workbook is bad', async () => {
    const { page } = await openPage(app.browser, app.url);
    await page.context().route(readerScript, (route) => route.abort('internetdisconnected'));
    await waitForRun(page);

    await page.locator('[data-testid="import-file"]').setInputFiles(workbookFile('good.xlsx'));
    const errors = page.locator('[data-testid="import-errors"]');
    await errors.waitFor({ timeout: 60_000 });
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('good.xlsx: not read: the page could not load its Excel reader');
    expect(text).not.toContain('cannot read as an Excel workbook');
    await screenshot(page, 'import-offline-no-reader');
  });
});
