import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { schemeKinds } from '../../src/lib/engine/schemes/registry';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

const editor = (page: Page, k: number) => page.locator('[data-testid="scheme-editor"]').nth(k);
// A draft's keys run kind, id, label, ...: its first two plain fields are the id and the label.
const field = (page: Page, k: number, n: number) => editor(page, k).locator('.field').nth(n);
const gamma = (page: Page, k: number) =>
  editor(page, k).locator('.field', { hasText: 'γ' }).locator('input');

async function openSchemes(page: Page): Promise<void> {
  await page.locator('nav a[href$="schemes"]').click();
  await page.waitForSelector('#schemes-title');
}

describe('the scheme editor never drops a scheme on its way to Compare', () => {
  const app = useBrowser();

  it('disables Compare and says why while a scheme is invalid or two share an id', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    await openSchemes(page);
    const button = page.locator('[data-testid="compare-schemes"]');
    const holds = page.locator('[data-testid="compare-holds"]');
    expect(await button.isEnabled()).toBe(true);
    expect(await holds.count()).toBe(0);

    // (a) γ below β: the scheme is refused, so Compare waits for it instead of running without,
    // and names it as its editor shows it: by its name, not its identifier.
    await gamma(page, 0).fill('0.01');
    expect(await button.isDisabled()).toBe(true);
    const id = await field(page, 0, 0).locator('input').inputValue();
    const name = await field(page, 0, 1).locator('input').inputValue();
    expect(name).not.toBe(id);
    expect(await holds.textContent()).toContain(
      en['schemes.blocked.invalid'].split('{{names}}')[0] + `"${name}"`,
    );
    await screenshot(page, 'schemes-hold-invalid-en');
    await gamma(page, 0).fill('0.1');
    expect(await button.isEnabled()).toBe(true);

    // (b) The second scheme takes the first one's id: both id fields say so, and so does Compare.
    await field(page, 1, 0).locator('input').fill(id);
    expect(await button.isDisabled()).toBe(true);
    for (const k of [0, 1]) {
      expect(await field(page, k, 0).textContent()).toContain(en['schemes.duplicateId']);
    }
    expect(await holds.textContent()).toContain(
      en['schemes.blocked.duplicate'].replace('{{ids}}', id).split(';')[0],
    );
    await screenshot(page, 'schemes-hold-duplicate-en');
    await field(page, 1, 0).locator('input').fill(`${id}-b`);
    expect(await button.isEnabled()).toBe(true);
    expect(await holds.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps an added scheme’s label in the current language until the user edits it', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await openSchemes(page);
    for (const kind of ['truth-telling', 'haggled-quota'] as const) {
      await page.locator('.tools select').selectOption(kind);
      await page.locator('.tools button').click();
    }
    const label = (k: number) => field(page, k, 1).locator('input');
    const count = await page.locator('[data-testid="scheme-editor"]').count();
    const [selfSet, haggled] = [count - 2, count - 1];
    expect(await label(selfSet).inputValue()).toMatch(new RegExp(`^${en['scheme.truth-telling']}`));
    await label(haggled).fill('Our quota');

    await page.locator('button[lang="zh-CN"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await label(selfSet).inputValue()).toMatch(
      new RegExp(`^${zhCN['scheme.truth-telling']}`),
    );
    expect(await label(haggled).inputValue()).toBe('Our quota');
    await screenshot(page, 'schemes-labels-follow-zh-CN');
    expect(errors).toEqual([]);
  });

  it('gives nine schemes nine colours and, added in English, Chinese names on Compare', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    await openSchemes(page);
    // The running scenario's two schemes and one of each kind: nine, two kinds twice.
    for (const kind of schemeKinds) {
      await page.locator('.tools select').selectOption(kind);
      await page.locator('.tools button').click();
    }
    await page.locator('button[lang="zh-CN"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await page.locator('[data-testid="compare-schemes"]').click();
    await page.waitForURL(app.url);
    await page.waitForFunction(
      () =>
        (document
          .querySelector('[data-testid="outcome-linear-menu-payout"]')
          ?.getAttribute('data-value') ?? '') !== '',
      undefined,
      { timeout: 120_000 },
    );
    const swatches = await page
      .locator('[data-testid="outcome-table"] thead .swatch')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(swatches.length).toBe(2 + schemeKinds.length);
    expect(new Set(swatches).size).toBe(2 + schemeKinds.length);
    const heads = await page.locator('[data-testid="outcome-table"] thead th').allTextContents();
    expect(heads.join(' ')).not.toContain(en['scheme.truth-telling']);
    await screenshot(page, 'schemes-nine-colours-zh-CN');
    expect(errors).toEqual([]);
  });
});
