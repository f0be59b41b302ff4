import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchCsv } from '../../bench/import';
import {
  foreignRequests,
  launchChromium,
  openPage,
  screenshot,
  serveBuild,
  type Served,
} from './harness';

// Generous hang guards only: a 300,000-row import on a loaded 2-core machine can take long.
const IMPORT_GUARD = 180_000;

async function waitForRun(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
    timeout: IMPORT_GUARD,
  });
}

async function dataSource(page: Page): Promise<string> {
  const title = page.locator('#data-title').locator('..').locator('..');
  return (await title.locator('.source').textContent()) ?? '';
}

async function payoutMean(page: Page): Promise<string | null> {
  return page.locator('[data-testid="metric-self-set-payoutMean"]').getAttribute('data-value');
}

/**
 * Confirms the chosen file and returns the progress texts seen, in order, until the import is
 * in its second step; then `stop` runs in the page in the same frame (a Cancel click or an
 * Escape), so the import cannot have reached its last, uncancellable step meanwhile.
 */
async function confirmAndStop(page: Page, stop: 'click' | 'escape'): Promise<string[]> {
  await page.locator('[data-testid="import-confirm"]:not([disabled])').waitFor({
    timeout: IMPORT_GUARD,
  });
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenSteps: string[] }).seenSteps = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
      if (text && seen.at(-1) !== text.trim()) seen.push(text.trim());
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.locator('[data-testid="import-confirm"]').click();
  await page.waitForFunction(
    (how) => {
      const progress = document.querySelector('[data-testid="import-progress"]');
      if (progress?.getAttribute('data-step') !== 'checking') return false;
      if (how === 'click') {
        document.querySelector<HTMLButtonElement>('[data-testid="import-cancel"]')?.click();
      } else {
        const dialog = document.querySelector('[data-testid="import-dialog"]');
        dialog?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      }
      return true;
    },
    stop,
    { polling: 'raf', timeout: IMPORT_GUARD },
  );
  await page.locator('[data-testid="import-cancelled"]').waitFor({ timeout: IMPORT_GUARD });
  return page.evaluate(() => (window as unknown as { seenSteps: string[] }).seenSteps);
}

describe('cancelling an import in a real browser', () => {
  let served: Served;
  let browser: Browser;
  let folder: string;
  let file: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'il-cancel-'));
    file = join(folder, 'orders-300k.csv');
    writeFileSync(file, benchCsv(300_000));
    served = await serveBuild();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    served?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows the steps of a 300,000-row import, cancels it and keeps the sample', async () => {
    const { page, requests, errors } = await openPage(browser, served.url);
    await waitForRun(page);
    const before = { source: await dataSource(page), payout: await payoutMean(page) };
    expect(before.source).toContain('Built-in sample');

    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    const seen = await confirmAndStop(page, 'click');
    await screenshot(page, 'import-cancelled');

    expect(seen[0]).toMatch(/step 1 of 4: reading the file/);
    expect(seen.at(-1)).toMatch(/step 2 of 4: checking the rows/);
    expect(await page.locator('[data-testid="import-cancelled"]').textContent()).toContain(
      'Import cancelled',
    );
    expect(await page.locator('[data-testid="import-progress"]').count()).toBe(0);

    // The dialog closes as after a failure; the sample and its results are as they were.
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });
    expect(await dataSource(page)).toBe(before.source);
    expect(await payoutMean(page)).toBe(before.payout);
    expect(await page.locator('[data-testid="run-stale"]').count()).toBe(0);

    // A fresh run on the same data still works and gives the same seeded result.
    await page.locator('[data-testid="run-button"]').click();
    await waitForRun(page);
    expect(await payoutMean(page)).toBe(before.payout);

    expect(foreignRequests(requests, served.url)).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);

  it('in Chinese, Escape cancels, and the same file then imports in full', async () => {
    const { page, requests, errors } = await openPage(browser, served.url, 'zh-CN');
    await waitForRun(page);

    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    const seen = await confirmAndStop(page, 'escape');

    expect(seen[0]).toContain('第 1 步，共 4 步：读取文件');
    expect(seen.at(-1)).toContain('第 2 步，共 4 步：检查各行');
    expect(await page.locator('[data-testid="import-cancelled"]').textContent()).toContain(
      '导入已取消',
    );

    await page.locator('[data-testid="import-confirm"]').click();
    await page.locator('[data-testid="import-result"]').waitFor({ timeout: IMPORT_GUARD });
    await waitForRun(page);
    await page.locator('[data-testid="import-close"]').click();
    expect(await dataSource(page)).toContain('orders-300k.csv');

    expect(foreignRequests(requests, served.url)).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);
});
