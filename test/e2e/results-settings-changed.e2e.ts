import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, typeInto, useBrowser } from './harness';

const id = (page: Page, testid: string) => page.locator(`[data-testid="${testid}"]`);
const stale = (page: Page) => page.locator('.outcome').getAttribute('data-stale');
const sharing = ['print-summary', 'save-png', 'share', 'save-scenario'];

async function disabled(page: Page): Promise<string[]> {
  const off: string[] = [];
  for (const testid of sharing) if (await id(page, testid).isDisabled()) off.push(testid);
  return off;
}

async function settled(page: Page) {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
    timeout: 90_000,
  });
}

describe('results on screen after a setting changed', () => {
  const app = useBrowser();

  it('are marked as the earlier settings’ and not shared, until the new ones are run', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await settled(page);
    expect(await stale(page)).toBe('false');
    expect(await disabled(page)).toEqual([]);

    await typeInto(id(page, 'setting-rate'), '6');
    expect(await stale(page)).toBe('true');
    expect(await id(page, 'run-stale').textContent()).toContain(en['run.previousSettings']);
    expect(await id(page, 'exec-previous').textContent()).toContain(en['exec.previousSettings']);
    expect(await disabled(page)).toEqual(sharing);
    await screenshot(page, 'results-settings-changed');

    // Back to the value that was run: the results are that value's again.
    await typeInto(id(page, 'setting-rate'), '5');
    expect(await stale(page)).toBe('false');
    expect(await id(page, 'run-stale').count()).toBe(0);
    expect(await disabled(page)).toEqual([]);

    // The margin reprices the results on screen without a run: they stay current.
    const details = page.locator('details.assumptions');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await details.getByLabel(en['economics.margin'], { exact: true }).fill('25');
    await page.keyboard.press('Tab');
    expect(await stale(page)).toBe('false');

    await typeInto(id(page, 'setting-rate'), '6');
    await id(page, 'run-button').click();
    await settled(page);
    expect(await stale(page)).toBe('false');
    expect(await disabled(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so when a setting changed while the run went (zh-CN)', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await settled(page);
    await typeInto(id(page, 'setting-trials'), '200000');
    await id(page, 'run-button').click();
    await page.waitForSelector('[data-testid="run-status"][data-state="running"]');
    await typeInto(id(page, 'setting-rate'), '8');
    await settled(page);

    expect(await stale(page)).toBe('true');
    expect(await id(page, 'run-stale').textContent()).toContain(zhCN['run.previousSettings']);
    expect(await id(page, 'exec-previous').textContent()).toContain(zhCN['exec.previousSettings']);
    expect(await disabled(page)).toEqual(sharing);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
