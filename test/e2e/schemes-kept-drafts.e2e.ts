import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

/** The schemes the editor holds, by the pay table's row names, and the curves' rep. */
async function editorState(page: Page): Promise<{ names: string[]; expected: string }> {
  await page.waitForSelector('#schemes-title');
  return {
    names: await page.locator('[data-testid="pay-table"] tbody th').allTextContents(),
    expected: await page.locator('[data-testid="point-expected"]').inputValue(),
  };
}

describe('edits on the Schemes screen not yet sent to Compare', () => {
  const app = useBrowser();

  it('are still there after another screen, Back and a reload', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    await page.locator('nav a[href$="schemes"]').click();
    const first = await editorState(page);

    await page.locator('.tools select').selectOption('pharma-letter');
    await page.locator('.tools button').click();
    const expected = page.locator('[data-testid="point-expected"]');
    await expected.fill('5000');
    await expected.press('Tab');
    const edited = await editorState(page);
    expect(edited.names.length).toBe(first.names.length + 1);
    expect(edited.expected).toBe('5000');

    await page.locator('nav a[href$="train"]').click();
    await page.waitForURL(/\/train$/);
    await page.locator('nav a[href$="schemes"]').click();
    expect(await editorState(page)).toEqual(edited);

    await page.locator('nav a[href$="train"]').click();
    await page.waitForURL(/\/train$/);
    await page.goBack();
    expect(await editorState(page)).toEqual(edited);

    await page.reload();
    expect(await editorState(page)).toEqual(edited);
    await screenshot(page, 'schemes-kept-drafts');
    expect(errors).toEqual([]);
  });
});
