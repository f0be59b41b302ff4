import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

const done = '[data-testid="run-status"][data-state="done"]';
const editor = (page: Page, k: number) => page.locator('[data-testid="scheme-editor"]').nth(k);
// A draft's keys run kind, id, label, ...: its second plain field is the label.
const label = (page: Page, k: number) => editor(page, k).locator('.field').nth(1).locator('input');
const heads = async (page: Page) =>
  (await page.locator('[data-testid="outcome-table"] thead th').allTextContents())
    .join(' ')
    .replace(/\s+/g, ' ');

/** The essay's scenario with a second self-set scheme; no scheme has a label of its own. */
function twoSelfSet(): string {
  const file = new URL('../../scenarios/essay-vs-haggling.json', import.meta.url);
  const scenario = JSON.parse(readFileSync(file, 'utf8'));
  scenario.schemes.push({ kind: 'self-set', id: 'self-set-2', rate: 0.04, floor: 'zero' });
  return Buffer.from(JSON.stringify(scenario)).toString('base64url');
}

describe('schemes a file names only by their kind, in Chinese', () => {
  const app = useBrowser();

  it('read as their kind’s name on Compare, Schemes and Tune, never as the file’s tag', async () => {
    const { page, errors } = await openPage(
      app.browser,
      `${app.url}#scenario=${twoSelfSet()}`,
      'zh-CN',
    );
    await page.waitForSelector(done, { timeout: 90_000 });
    const self = zhCN['scheme.truth-telling'];
    const quota = zhCN['scheme.haggled-quota'];

    const compare = await heads(page);
    expect(compare).toContain(`${self} 2`);
    expect(compare).toContain(quota);
    expect(compare).not.toMatch(/self-set|haggled-quota/);

    await page.locator('nav a[href$="schemes"]').click();
    await page.waitForSelector('#schemes-title');
    expect(await label(page, 0).inputValue()).toBe(self);
    expect(await label(page, 1).inputValue()).toBe(quota);
    expect(await label(page, 2).inputValue()).toBe(`${self} 2`);
    await screenshot(page, 'schemes-kind-labels-zh');

    await page.locator('nav a[href$="tune"]').click();
    const options = page.locator('[data-testid="tune-scheme"] option');
    await expect.poll(() => options.allTextContents()).toEqual([self, quota, `${self} 2`]);

    // Sent back to Compare, the names the editor gave follow the language.
    await page.locator('nav a[href$="schemes"]').click();
    await page.locator('[data-testid="compare-schemes"]').click();
    await page.waitForSelector(done, { timeout: 90_000 });
    await page.locator('button[lang="en"]').click();
    const english = await heads(page);
    expect(english).toContain(`${en['scheme.truth-telling']} 2`);
    expect(english).not.toContain(self);
    expect(errors).toEqual([]);
  });

  it('number a self-set scheme the editor adds beside the file’s, with no id in English', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await page.waitForSelector(done, { timeout: 90_000 });
    const self = zhCN['scheme.truth-telling'];
    await page.locator('nav a[href$="schemes"]').click();
    await page.waitForSelector('#schemes-title');
    await page.locator('.tools select').selectOption('truth-telling');
    await page.locator('.tools button').click();
    await page.locator('[data-testid="compare-schemes"]').click();
    await page.waitForSelector(done, { timeout: 90_000 });
    const compare = await heads(page);
    expect(compare).toContain(`${self} 2`);
    expect(compare).not.toMatch(/self-set|truth-telling|·/);
    await screenshot(page, 'schemes-kind-labels-added-zh');
    expect(errors).toEqual([]);
  });
});
