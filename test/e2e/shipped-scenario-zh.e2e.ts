import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, openScenarioFile, projectRoot, screenshot, useBrowser } from './harness';

describe('a shipped scenario file on the Chinese page', () => {
  const app = useBrowser();

  it('names the letter, its scheme, its rep and its fines in Chinese', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.locator('button[lang="zh-CN"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await openScenarioFile(page, resolve(projectRoot, 'scenarios/pharma-2014.json'));

    const context = await page.locator('[data-testid="exec-context"]').textContent();
    expect(context).toContain(zhCN['shipped.pharma.name']);
    const heads = await page.locator('[data-testid="outcome-table"] thead').textContent();
    expect(heads).toContain(zhCN['shipped.pharma.scheme']);
    expect(heads).not.toContain('The 2014 letter');
    await screenshot(page, 'shipped-pharma-compare-zh-CN');

    await page.locator('nav a[href$="train"]').click();
    await page.locator('[data-testid="source-rep"]').check();
    const rep = await page.locator('[data-testid="train-rep"] option:checked').textContent();
    expect(rep).toBe(zhCN['shipped.pharma.rep']);

    await page.locator('nav a[href$="schemes"]').click();
    await page.waitForSelector('#schemes-title');
    const values = await page
      .locator('[data-testid="scheme-editor"] input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values).toContain(zhCN['shipped.pharma.scheme']);
    expect(values).toContain(zhCN['shipped.pharma.fines.missed-revisit']);
    expect(values.filter((v) => /[a-z]{3,} [a-z]{3,}/i.test(v))).toEqual([]);
    await screenshot(page, 'shipped-pharma-schemes-zh-CN');
    expect(errors).toEqual([]);
  });
});
