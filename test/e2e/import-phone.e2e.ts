import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

// Hang guard only: the first run and the import share a loaded 2-core machine.
const GUARD = 120_000;

const csv = '销售员,月份,销售额,目标\n张伟,2024-01,119436.29,81716\n张伟,2024-02,127612.69,99990\n';

describe('the import dialog at phone width', () => {
  const app = useBrowser();

  it('stacks the column pickers as wide as the dialog, with nothing running past its edge', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await page.setViewportSize({ width: 375, height: 740 });
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: GUARD,
    });

    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'phone.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.locator('[data-testid="import-preview"]').waitFor({ timeout: GUARD });
    await page.locator('[data-testid="import-role-sales"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-phone');

    const layout = await page.evaluate(() => {
      const dialog = document.querySelector<HTMLElement>('[data-testid="import-dialog"]')!;
      const pickers = [...document.querySelectorAll('[data-testid^="import-role-"]')];
      return {
        scrollWidth: dialog.scrollWidth,
        clientWidth: dialog.clientWidth,
        pickers: pickers.map((p) => p.getBoundingClientRect().width),
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.pickers).toHaveLength(6);
    for (const width of layout.pickers) expect(width).toBeGreaterThan(layout.clientWidth / 2);
    expect(errors).toEqual([]);
  });
});
