/**
 * A file with two columns under one header and one under none: each can be chosen in the
 * mapping step, the preview marks only the one chosen, and the import reads that one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

// Two reps over 2023–2024; column D is twice column C, column E (no header) a quarter of it.
const rows = Array.from({ length: 48 }, (_, i) => {
  const [rep, m] = [i % 2 === 0 ? 'Ann' : 'Bo', Math.floor(i / 2)];
  const month = `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  const sales = 50_000 + ((i * 7919) % 13) * 1_250;
  return { rep, month, sales, double: 2 * sales, quarter: sales / 4, target: 55_000 };
});
const csv = [
  'rep,date,sales,sales,,target',
  ...rows.map((r) => [r.rep, r.month, r.sales, r.double, r.quarter, r.target].join(',')),
].join('\n');
const sum = (pick: (row: (typeof rows)[number]) => number) =>
  rows.reduce((total, row) => total + pick(row), 0);

const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

describe('columns under the same header, or none, in the mapping step', () => {
  const app = useBrowser();

  it('offers each column by its letter and imports the one chosen', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 120_000,
    });
    await byId(page, 'import-file').setInputFiles({
      name: 'same.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const sales = byId(page, 'import-role-sales');
    await sales.waitFor({ timeout: 60_000 });
    const offered = (await sales.locator('option').allTextContents()).map((o) => o.trim());
    expect(offered.slice(1)).toEqual(['rep', 'date', 'sales', 'sales (D)', '(E)', 'target']);

    await sales.selectOption({ label: 'sales (D)' });
    expect(await sales.inputValue()).toBe('sales (D)');
    const marked = byId(page, 'import-preview').locator('th.mapped');
    expect((await marked.allTextContents()).map((h) => h.replace(/\s+/g, ' ').trim())).toEqual([
      'Rep rep',
      'Date or period date',
      'Sales sales (D)',
      'Target (optional) target',
    ]);
    await screenshot(page, 'import-same-headers-mapping');

    await byId(page, 'import-confirm').click();
    const total = byId(page, 'import-total-sales');
    await total.waitFor({ timeout: 60_000 });
    expect(Number(await total.getAttribute('data-value'))).toBeCloseTo(
      sum((r) => r.double),
      6,
    );
    await screenshot(page, 'import-same-headers-result');
    expect(errors).toEqual([]);
  }, 300_000);
});
