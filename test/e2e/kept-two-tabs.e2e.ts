import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const file = 'two-tabs.csv';
const csv = [
  'rep,month,sales',
  'A,2024-01,100',
  'A,2024-02,120',
  'B,2024-01,90',
  'B,2024-02,95',
].join('\n');
const saved = (page: Page) => page.locator('[data-testid="saved-panel"]');

async function importKept(page: Page): Promise<void> {
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name: file, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('[data-testid="import-confirm"]:not([disabled])').click();
  await waitForState(page, 'done');
  await page.locator('[data-testid="import-close"]').click();
  await expect.poll(() => saved(page).innerText()).toContain(`${file} is kept`);
}

/**
 * The page as a browser without BroadcastChannel runs it: it hears nothing of another tab's
 * import (data-news-two-tabs.e2e.ts has tabs that do) and finds it in the store.
 */
async function deaf(page: Page): Promise<void> {
  await page.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
}

describe('kept data with two tabs of one browser', () => {
  const app = useBrowser();

  it('a tab opened before an import names it, and forgets it on a second press', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const [first, second] = [await context.newPage(), await context.newPage()];
    await deaf(second);
    for (const page of [first, second]) {
      await page.goto(app.url);
      await waitForState(page, 'done');
    }
    expect(await saved(second).innerText()).toContain('Nothing kept');

    await importKept(first);
    await second.locator('[data-testid="saved-clear"]').click();
    const elsewhere = second.locator('[data-testid="saved-elsewhere"]');
    await elsewhere.waitFor();
    expect(await elsewhere.innerText()).toContain(`${file} is kept now`);
    await screenshot(second, 'kept-two-tabs-elsewhere');

    // The import in the first tab is still kept: a reload there loads it again.
    await first.reload();
    await waitForState(first, 'done');
    expect(await saved(first).innerText()).toContain(`${file} is kept`);

    await second.locator('[data-testid="saved-clear"]').click();
    await expect.poll(() => saved(second).innerText()).toContain('Forgotten');
    await first.reload();
    await waitForState(first, 'done');
    expect(await saved(first).innerText()).toContain('Nothing kept');
    await context.close();
  });

  it("a tab shown again after another tab's import says which file is kept now", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const [first, second] = [await context.newPage(), await context.newPage()];
    await deaf(second);
    for (const page of [first, second]) {
      await page.goto(app.url);
      await waitForState(page, 'done');
    }
    await importKept(first);

    // Switching back to a tab fires visibilitychange there; headless tabs are always visible.
    await second.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const elsewhere = second.locator('[data-testid="saved-elsewhere"]');
    await elsewhere.waitFor();
    expect(await elsewhere.innerText()).toContain(`${file} is kept now`);
    expect(await saved(second).innerText()).not.toContain('Nothing kept');
    await context.close();
  });
});
