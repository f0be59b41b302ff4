import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';

/** A quota per rep per quarter (grain-quarterly.csv), its amount named so it maps to sales. */
function quotasCsv(): Buffer {
  const text = readFileSync(`${projectRoot}/test/fixtures/import/grain-quarterly.csv`, 'utf8');
  return Buffer.from(text.replace('rep,QuotaDate,quota', 'rep,QuotaDate,amount'));
}

async function chooseQuotas(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
    timeout: 120_000,
  });
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name: 'quotas.csv', mimeType: 'text/csv', buffer: quotasCsv() });
  await page.locator('[data-testid="import-confirm"]:not([disabled])').waitFor({
    timeout: 120_000,
  });
}

async function shownCalendar(page: Page): Promise<string> {
  return page
    .locator('[data-testid="import-calendar"]')
    .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
}

describe('the "Calibrate on" picker says what the fit will use', () => {
  const app = useBrowser();

  it('shows Automatic for a quota history and then says it was fitted on quarters', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await chooseQuotas(page);
    expect(await shownCalendar(page)).toBe('Automatic (from the dates)');
    expect(await page.locator('[data-testid="import-calendar-help"]').textContent()).toContain(
      'quarters when each rep has one date a quarter',
    );
    await screenshot(page, 'import-calendar-auto');

    await page.locator('[data-testid="import-confirm"]').click();
    const grain = page.locator('[data-testid="import-grain"]');
    await grain.waitFor({ timeout: 120_000 });
    expect(await grain.getAttribute('data-grain')).toBe('quarter');
    expect(await grain.textContent()).toContain('Calibrated on quarters, as the dates suggest');
    await screenshot(page, 'import-calendar-auto-done');
    expect(errors).toEqual([]);
  }, 300_000);

  it('in Chinese, Months chosen for the same file is applied and said', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await chooseQuotas(page);
    expect(await shownCalendar(page)).toMatch(/^自动（/);
    await page.locator('[data-testid="import-calendar"]').selectOption('month');
    expect(await page.locator('[data-testid="import-calendar-help"]').count()).toBe(0);

    await page.locator('[data-testid="import-confirm"]').click();
    const grain = page.locator('[data-testid="import-grain"]');
    await grain.waitFor({ timeout: 120_000 });
    expect(await grain.getAttribute('data-grain')).toBe('month');
    expect((await grain.textContent())?.trim()).toBe('按月校准。');
    await screenshot(page, 'import-calendar-month-zh');
    expect(errors).toEqual([]);
  }, 300_000);
});
