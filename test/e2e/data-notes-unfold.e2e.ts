import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

/** Whether the note's text is cut by its three-line clamp. */
const clipped = (note: Locator) =>
  note.locator('.text').evaluate((el) => el.scrollHeight > el.clientHeight + 1);

describe('a long note on the data card', () => {
  const app = useBrowser();

  it('is cut to three lines and shown whole with a keyboard-reachable button', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    const fold = page.locator('[data-testid="data-note-fold"]').first();
    await fold.waitFor();
    const note = fold.locator('xpath=..');
    expect(await clipped(note)).toBe(true);

    await fold.focus();
    await page.keyboard.press('Enter');
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect(await clipped(note)).toBe(false);
    await screenshot(page, 'data-note-unfolded');

    await fold.click();
    expect(await clipped(note)).toBe(true);
    expect(errors).toEqual([]);
  });
});
