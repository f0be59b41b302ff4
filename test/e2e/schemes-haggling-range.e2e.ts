import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

describe('the scheme editor and a second haggled quota', () => {
  const app = useBrowser();

  it('holds its haggling to the ranges Compare runs, naming the scheme and the field', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    await page.locator('nav a[href$="schemes"]').click();
    await page.locator('.tools select').selectOption('haggled-quota');
    await page.locator('.tools button').click();
    const second = page.locator('[data-testid="scheme-editor"]').last();
    const opening = second
      .locator('.field')
      .filter({ has: page.getByLabel(zhCN['schemes.field.bossOpening'], { exact: true }) });
    const send = page.locator('[data-testid="compare-schemes"]');
    expect(await send.isEnabled()).toBe(true);

    // 300% is a valid scheme, but no haggling Compare runs: said at the field and at the button.
    await opening.locator('input').fill('3');
    const said = zhCN['schemes.hagglingRange']
      .replace('{{setting}}', zhCN['settings.bossOpening'])
      .replace('{{min}}', '0%')
      .replace('{{max}}', '200%');
    expect(await opening.locator('.error').allTextContents()).toEqual([said]);
    expect(await send.isEnabled()).toBe(false);
    const field = zhCN['schemes.inScheme']
      .replace('{{scheme}}', `${zhCN['scheme.haggled-quota']} 2`)
      .replace('{{field}}', zhCN['settings.bossOpening']);
    const hold = zhCN['schemes.blocked.compareRange'].replace('{{fields}}', field);
    expect(await page.getByTestId('compare-holds').textContent()).toContain(hold);
    await screenshot(page, 'schemes-haggling-range-zh');

    await opening.locator('input').fill('0.3');
    expect(await opening.locator('.error').count()).toBe(0);
    expect(await send.isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
