import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

describe('a scheme added in the editor is named in the current language', () => {
  const app = useBrowser();

  it('names a new pharmaceutical letter and its fines from the zh-CN catalog', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}schemes`, 'zh-CN');
    await page.waitForSelector('#schemes-title');
    await page.locator('.tools select').selectOption('pharma-letter');
    await page.locator('.tools button').click();

    const names = await page.locator('[data-testid="pay-table"] tbody th').allTextContents();
    expect(names).toContain(zhCN['scheme.truth-telling']);
    expect(names.at(-1)).toContain(zhCN['scheme.pharma-letter']);

    const values = await page
      .locator('input')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(values).toContain(zhCN['preset.breach']);
    expect(values).not.toContain(en['preset.breach']);
    await screenshot(page, 'schemes-defaults-zh-CN');
    expect(errors).toEqual([]);
  });
});
