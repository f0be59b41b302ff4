import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, typeInto, useBrowser } from './harness';

const editor = (page: Page, k: number) => page.locator('[data-testid="scheme-editor"]').nth(k);
// A draft's keys run kind, id, label, ...: its second plain field is the label.
const label = (page: Page, k: number) => editor(page, k).locator('.field').nth(1).locator('input');
const values = (page: Page, k: number) =>
  editor(page, k)
    .locator('input')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

async function openSchemes(page: Page): Promise<void> {
  await page.locator('nav a[href$="schemes"]').click();
  await page.waitForSelector('#schemes-title');
}

async function switchTo(page: Page, lang: 'en' | 'zh-CN'): Promise<void> {
  await page.locator(`button[lang="${lang}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

describe('labels of added schemes after Compare', () => {
  const app = useBrowser();

  it('follow the language when the editor wrote them, stay as the user typed them', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    await openSchemes(page);
    const before = await page.locator('[data-testid="scheme-editor"]').count();
    for (const kind of ['commission-plan', 'commission-plan', 'pharma-letter']) {
      await page.locator('.tools select').selectOption(kind);
      await page.locator('.tools button').click();
    }
    const [mine, second, letter] = [before, before + 1, before + 2];
    expect(await label(page, second).inputValue()).toBe(`${en['scheme.commission-plan']} 2`);

    // The user names the first plan by keyboard; a name in any script is theirs.
    await typeInto(label(page, mine), 'Plan of Li 李', { leave: false });
    expect(await label(page, mine).inputValue()).toBe('Plan of Li 李');

    await page.locator('[data-testid="compare-schemes"]').click();
    await page.waitForURL(app.url);
    await page.waitForFunction(
      () =>
        (document
          .querySelector('[data-testid="outcome-pharma-letter-payout"]')
          ?.getAttribute('data-value') ?? '') !== '',
      undefined,
      { timeout: 120_000 },
    );
    await switchTo(page, 'zh-CN');
    const plan = zhCN['scheme.commission-plan'];
    const heads = (await page.locator('[data-testid="outcome-table"] thead th').allTextContents())
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(heads).toContain(`${plan} 2`);
    expect(heads).toContain('Plan of Li 李');
    expect(heads).not.toContain(en['scheme.commission-plan']);

    // Back in the editor, the scenario's schemes: the editor's names and fines in Chinese.
    await openSchemes(page);
    expect(await label(page, second).inputValue()).toBe(`${plan} 2`);
    expect(await label(page, mine).inputValue()).toBe('Plan of Li 李');
    expect(await label(page, letter).inputValue()).toBe(zhCN['scheme.pharma-letter']);
    expect(await values(page, letter)).toEqual(
      expect.arrayContaining([zhCN['preset.breach'], zhCN['preset.lost']]),
    );
    await screenshot(page, 'schemes-labels-zh-CN');

    await switchTo(page, 'en');
    expect(await label(page, second).inputValue()).toBe(`${en['scheme.commission-plan']} 2`);
    expect(await label(page, mine).inputValue()).toBe('Plan of Li 李');
    const fines = await values(page, letter);
    expect(fines).toEqual(expect.arrayContaining([en['preset.breach'], en['preset.lost']]));
    expect(fines).not.toContain(zhCN['preset.breach']);
    await screenshot(page, 'schemes-labels-en');
    expect(errors).toEqual([]);
  });
});
