import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { launchChromium, openPage, screenshot, serveBuild, type Served } from './harness';

describe('a scheme added in the editor is named in the current language', () => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveBuild();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    served?.stop();
  });

  it('names a new pharmaceutical letter and its fines from the zh-CN catalog', async () => {
    const { page, errors } = await openPage(browser, `${served.url}schemes`, 'zh-CN');
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
