import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchCsv } from '../../bench/import';
import { openPage, screenshot, useBrowser } from './harness';

// Hang guards only: a 300,000-row import on a loaded 2-core machine can take long.
const GUARD = 180_000;

/** What has the keyboard focus: its test id, or its tag when it has none, and whether it is in
 * the dialog. */
async function focused(page: Page): Promise<{ id: string; inDialog: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const dialog = document.querySelector('[data-testid="import-dialog"]');
    return {
      id: active?.getAttribute('data-testid') ?? active?.tagName.toLowerCase() ?? 'none',
      inDialog: dialog !== null && active !== null && dialog.contains(active),
    };
  });
}

/** 3 reps over 2023–2024, one row a month each: a small file that imports. */
function smallCsv(): string {
  const lines = ['rep,date,sales'];
  for (let k = 1; k <= 3; k += 1)
    for (let m = 0; m < 24; m += 1) {
      const month = String((m % 12) + 1).padStart(2, '0');
      lines.push(`Rep ${k},${2023 + Math.floor(m / 12)}-${month}-10,${100 * k + m}`);
    }
  return `${lines.join('\n')}\n`;
}

/** 5 reps × 12 months, every sale 0: refused with an error after Confirm. */
function zerosCsv(): string {
  const lines = ['rep,date,sales'];
  for (let r = 1; r <= 5; r += 1)
    for (let m = 1; m <= 12; m += 1) lines.push(`R${r},2024-${String(m).padStart(2, '0')}-15,0`);
  return `${lines.join('\n')}\n`;
}

async function waitForRun(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: GUARD });
}

describe('the import dialog holds the keyboard focus (real key presses)', () => {
  const app = useBrowser();
  let folder: string;
  let small: string;
  let big: string;
  let zeros: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'il-modal-'));
    small = join(folder, 'small.csv');
    writeFileSync(small, smallCsv());
    big = join(folder, 'orders-300k.csv');
    writeFileSync(big, benchCsv(300_000));
    zeros = join(folder, 'zeros.csv');
    writeFileSync(zeros, zerosCsv());
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps Tab and Shift+Tab inside, Escape closes, the focus goes back to Import', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForRun(page);
    await page.locator('[data-testid="import-file"]').setInputFiles(small);
    await page
      .locator('[data-testid="import-confirm"]:not([disabled])')
      .waitFor({ timeout: GUARD });
    expect((await focused(page)).inDialog).toBe(true);

    const outside: string[] = [];
    for (const key of [...Array<string>(40).fill('Tab'), ...Array<string>(40).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      const now = await focused(page);
      if (!now.inDialog) outside.push(`${key} → ${now.id}`);
    }
    await screenshot(page, 'import-modal-tab');
    expect(outside).toEqual([]);

    await page.keyboard.press('Escape');
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });
    expect((await focused(page)).id).toBe('import-file');
    expect(errors).toEqual([]);
  }, 300_000);

  it('Escape cancels a running import though the focused Confirm was disabled', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForRun(page);
    const source = await page.locator('.source').first().textContent();
    await page.locator('[data-testid="import-file"]').setInputFiles(big);
    const confirm = page.locator('[data-testid="import-confirm"]:not([disabled])');
    await confirm.waitFor({ timeout: GUARD });
    await confirm.focus();
    await page.keyboard.press('Enter');
    // Any step of the import will do: a fast one may pass a given step between two frames.
    await page.waitForSelector('[data-testid="import-progress"][data-step]', { timeout: GUARD });
    expect(await focused(page)).toEqual({ id: 'import-cancel', inDialog: true });

    await page.keyboard.press('Escape');
    await page.locator('[data-testid="import-cancelled"]').waitFor({ timeout: GUARD });
    expect((await focused(page)).inDialog).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });
    const after = await page.locator('.source').first().textContent();
    expect(after).toBe(source);
    expect(errors).toEqual([]);
  }, 600_000);

  it('in Chinese, a refused import leaves the focus on Discard and Escape closes it', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await waitForRun(page);
    await page.locator('[data-testid="import-file"]').setInputFiles(zeros);
    const confirm = page.locator('[data-testid="import-confirm"]:not([disabled])');
    await confirm.waitFor({ timeout: GUARD });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="import-errors"]').waitFor({ timeout: GUARD });
    await page.locator('[data-testid="import-discard"]:not([disabled])').waitFor();
    await screenshot(page, 'import-modal-refused-zh');
    expect(await focused(page)).toEqual({ id: 'import-discard', inDialog: true });

    await page.keyboard.press('Tab');
    expect((await focused(page)).inDialog).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });
    expect((await focused(page)).id).toBe('import-file');
    expect(errors).toEqual([]);
  }, 300_000);
});
