import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

describe('the scheme editor and a rate typed as a percentage', () => {
  const app = useBrowser();

  it('reads 10 and 5 back as 1,000% and 500% and holds them from Compare, naming t', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    await page.locator('nav a[href$="schemes"]').click();
    const editor = page
      .locator('[data-testid="scheme-editor"]')
      .filter({ has: page.getByLabel(zhCN['schemes.field.beta'], { exact: true }) })
      .first();
    await editor.waitFor({ timeout: 10_000 });
    const field = (key: 'schemes.field.beta' | 'schemes.field.gamma') =>
      editor.locator('.field').filter({ has: page.getByLabel(zhCN[key], { exact: true }) });
    const send = page.locator('[data-testid="compare-schemes"]');

    // The scenario's own rate reads back as what Compare shows, and may be sent.
    expect(await field('schemes.field.beta').getByTestId('as-percent').textContent()).toBe('= 5%');
    expect(await send.isEnabled()).toBe(true);

    await field('schemes.field.gamma').locator('input').fill('10');
    await field('schemes.field.beta').locator('input').fill('5');
    expect(await field('schemes.field.gamma').getByTestId('as-percent').textContent()).toBe(
      '= 1,000%',
    );
    expect(await field('schemes.field.beta').getByTestId('as-percent').textContent()).toBe(
      '= 500%',
    );

    // The scheme itself is valid (0 ≤ α < β < γ); Compare would refuse its t, so β says so.
    const said = zhCN['schemes.compareRange']
      .replace('{{setting}}', zhCN['settings.rate'])
      .replace('{{min}}', '0.01%')
      .replace('{{max}}', '100%');
    expect(await field('schemes.field.beta').locator('.error').allTextContents()).toEqual([said]);
    expect(await send.isEnabled()).toBe(false);
    const rate = zhCN['schemes.inScheme']
      .replace('{{scheme}}', zhCN['scheme.truth-telling'])
      .replace('{{field}}', zhCN['settings.rate']);
    const hold = zhCN['schemes.blocked.compareRange'].replace('{{fields}}', rate);
    expect(await page.getByTestId('compare-holds').textContent()).toContain(hold);
    await screenshot(page, 'schemes-rate-range-zh');

    // A rate Compare runs lets the schemes go again.
    await field('schemes.field.beta').locator('input').fill('0.06');
    expect(await field('schemes.field.beta').locator('.error').count()).toBe(0);
    expect(await send.isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
