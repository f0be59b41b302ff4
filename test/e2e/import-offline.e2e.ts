/**
 * A workbook imported after the connection to the app's server is lost: the app needs no server
 * once loaded, so the workbook must still be read; and where its reader could never be fetched,
 * the message must say so rather than blame a good file.
 */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { corpusBytes } from '../corpus/corpus';
import { goodWorkbook } from '../corpus/smallFiles';
import { READER_NAME } from '../../src/lib/data/sheets/parseWorkbook';
import { openPage, screenshot, useBrowser } from './harness';

// The reader's script, which the page fetches once and starts each reader from as a blob: URL.
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

/** True for the page's workbook reader, which starts under its own name (READER_NAME). */
async function isReader(worker: Worker): Promise<boolean> {
  const name = await worker.evaluate(() => self.name).catch(() => '');
  return name === READER_NAME;
}

/** The next workbook reader the page starts. */
function nextReader(page: Page, timeout = 60_000): Promise<Worker> {
  return page.waitForEvent('worker', { predicate: isReader, timeout });
}

/** True once `worker` has run its script and listens for workbooks. */
async function isListening(worker: Worker): Promise<boolean> {
  return (await worker.evaluate(() => typeof self.onmessage).catch(() => '')) === 'function';
}

async function listening(worker: Worker): Promise<void> {
  await expect.poll(() => isListening(worker), { timeout: 30_000 }).toBe(true);
}

/** Waits until one of the page's workbook readers listens for workbooks. */
async function waitForReader(page: Page, timeout = 60_000): Promise<void> {
  const ready = async () => {
    for (const worker of page.workers()) {
      if ((await isReader(worker)) && (await isListening(worker))) return true;
    }
    return false;
  };
  await expect.poll(ready, { timeout }).toBe(true);
}

/** Chooses a workbook and waits until its sheets are offered, with no error. */
async function readsWorkbook(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="import-file"]').setInputFiles(workbookFile(name));
  await expect
    .poll(() => page.locator('[data-testid="import-sheet"] option').allTextContents())
    .toEqual(['Sales']);
  expect(await page.locator('[data-testid="import-errors"]').count()).toBe(0);
}

describe('importing a workbook without the app’s server', () => {
  const app = useBrowser();

  it('reads two workbooks after the connection is lost once the app has started', async () => {
    const { page } = await openPage(app.browser, app.url);
    await waitForRun(page);
    await waitForReader(page);

    await page.context().setOffline(true);
    for (const name of ['first.xlsx', 'second.xlsx']) {
      await readsWorkbook(page, name);
      await screenshot(page, `import-offline-${name}`);
      await page.keyboard.press('Escape');
    }
    await page.context().setOffline(false);
  });

  it('reads a workbook offline right after the first result, before DuckDB has started', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    // DuckDB never starts, so its warm-up, which readied the reader before, never comes.
    await page.context().route(/duckdb-[^/]*\.wasm/, () => {});
    await page.reload();
    await waitForRun(page);
    await waitForReader(page, 10_000);

    await page.context().setOffline(true);
    await readsWorkbook(page, 'early.xlsx');
    await screenshot(page, 'import-offline-early');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads a workbook offline after a first run that was refused', async () => {
    // A link that opens but whose run Compare refuses: a letter with a quota for 3 periods, on a
    // sample of 12 (one out of the settings' ranges is refused at open, and runs its own).
    const file = new URL('../../scenarios/essay-vs-haggling.json', import.meta.url);
    const scenario = JSON.parse(readFileSync(file, 'utf8'));
    scenario.schemes.push({
      kind: 'pharma-letter',
      id: 'letter',
      quota: { kind: 'fixed', values: [100, 100, 100] },
      performancePay: { kind: 'share', share: 0.05 },
    });
    const encoded = Buffer.from(JSON.stringify(scenario)).toString('base64url');
    const { page, errors } = await openPage(app.browser, `${app.url}#scenario=${encoded}`);
    await page.context().route(/duckdb-[^/]*\.wasm/, () => {});
    await page.reload();
    await page.locator('[data-testid="run-status"][data-state="error"]').waitFor();
    await waitForReader(page, 10_000);

    await page.context().setOffline(true);
    await readsWorkbook(page, 'after-refusal.xlsx');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('replaces a reader stopped on a damaged workbook, so the next reads offline', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForRun(page);
    await waitForReader(page);

    const replaced = nextReader(page);
    const damaged = corpusBytes('zip-bad-name-length.xlsx');
    await page.locator('[data-testid="import-file"]').setInputFiles({
      ...workbookFile('damaged.xlsx'),
      buffer: Buffer.from(damaged),
    });
    const refusal = page.locator('[data-testid="import-errors"]');
    await refusal.waitFor({ timeout: 60_000 });
    expect(await refusal.textContent()).toContain('the reader was stopped after 8 s');
    await listening(await replaced);
    await page.keyboard.press('Escape');

    await page.context().setOffline(true);
    await readsWorkbook(page, 'after-damaged.xlsx');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('replaces a reader stopped while the connection is lost, so the next reads', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForRun(page);
    await waitForReader(page);

    await page.context().setOffline(true);
    await page.locator('[data-testid="import-file"]').setInputFiles({
      ...workbookFile('damaged.xlsx'),
      buffer: Buffer.from(corpusBytes('zip-bad-name-length.xlsx')),
    });
    const refusal = page.locator('[data-testid="import-errors"]');
    await refusal.waitFor({ timeout: 60_000 });
    expect(await refusal.textContent()).toContain('the reader was stopped after 8 s');
    await page.keyboard.press('Escape');

    await readsWorkbook(page, 'after-offline-stop.xlsx');
    await screenshot(page, 'import-offline-after-stop');
    expect(errors).toEqual([]);
    await page.context().close();
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
