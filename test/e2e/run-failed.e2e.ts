import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './harness';
import {
  injectWorkerFault,
  metricValues,
  onThirdBlock,
  restartWorkers,
  waitForState,
} from './reliability-helpers';

/**
 * Issue 8 on screen: after a failed or cancelled run the results of the last complete run stay,
 * marked as the previous run's, and the failure is worded in the language the page is in.
 */
describe('a failed or cancelled run on screen', () => {
  const app = useBrowser();

  const stale = (page: Page) => page.locator('[data-testid="run-stale"]');

  /** When the page dims the old results it marks them; checked only where it does. */
  async function dimmedIfMarked(page: Page): Promise<void> {
    const marked = page.locator('[data-stale]');
    if ((await marked.count()) === 0) return;
    expect(await marked.first().getAttribute('data-stale')).toBe('true');
  }

  it('a worker that throws: the failure in Chinese, old results marked, then cleared', async () => {
    let armed = false;
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await injectWorkerFault(context, onThirdBlock(`throw new Error('boom');`), () => armed);
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForState(page, 'done');
    const complete = await metricValues(page);
    expect(await stale(page).count()).toBe(0);

    await restartWorkers(page);
    // Cancelling leaves the results of the first run on screen, marked as such.
    expect(await stale(page).textContent()).toMatch(/previous run/);
    await page.getByRole('button', { name: '简体中文' }).click();
    armed = true;
    await page.locator('button.run').click();
    const line = await waitForState(page, 'error', 15_000);

    expect(line).toContain('模拟工作线程意外出错');
    expect(line).not.toMatch(/simulation worker|boom/i);
    // The worker's own text is kept for a bug report, under a collapsed "details".
    const detail = page.locator('[data-testid="run-error-detail"]');
    expect(await detail.getAttribute('open')).toBeNull();
    expect(await detail.locator('summary').textContent()).toBe('详情');
    expect(await detail.textContent()).toContain('boom');
    expect(await stale(page).textContent()).toContain('上一次运行的结果');
    expect(await metricValues(page)).toEqual(complete);
    await dimmedIfMarked(page);
    await screenshot(page, 'run-failed-zh');

    armed = false;
    await page.locator('button.run').click();
    await waitForState(page, 'done', 30_000);
    expect(await stale(page).count()).toBe(0);
    expect(await metricValues(page)).toEqual(complete);
    await context.close();
  });

  it('a worker that stops without a word is named in English from its code', async () => {
    let armed = false;
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await injectWorkerFault(context, onThirdBlock('self.close();'), () => armed);
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForState(page, 'done');

    await restartWorkers(page);
    armed = true;
    await page.locator('button.run').click();
    const line = await waitForState(page, 'error', 15_000);

    expect(line).toMatch(/Failed while simulating: a simulation worker stopped without an answer/);
    expect(await stale(page).isVisible()).toBe(true);
    await context.close();
  });
});
