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
    await page.context().close();
  });

  it('gets its button after an import, and again in the other language', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    await page
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'twice.csv', mimeType: 'text/csv', buffer: writtenTwice() });
    await page
      .locator('[data-testid="import-confirm"]:not([disabled])')
      .click({ timeout: 120_000 });
    await page.locator('[data-testid="import-close"]').click({ timeout: 120_000 });

    // The file's note on its 40 groups of identical rows runs over three lines.
    for (const language of ['English', '简体中文']) {
      await page.getByRole('button', { name: language, exact: true }).click();
      const note = page.locator('.warnings li').filter({ hasText: /^twice\.csv/ });
      expect(await clipped(note)).toBe(true);
      const fold = note.locator('[data-testid="data-note-fold"]');
      await fold.click();
      expect(await fold.getAttribute('aria-expanded')).toBe('true');
      expect(await clipped(note)).toBe(false);
      await fold.click();
    }
    await screenshot(page, 'data-note-after-import-zh');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});

/** 4 reps × 10 months, every row written twice. */
function writtenTwice(): Buffer {
  const rows: string[] = [];
  for (const rep of ['Ann', 'Bo', 'Cy', 'Di']) {
    for (let m = 1; m <= 10; m++) rows.push(`${rep},2024-${String(m).padStart(2, '0')},${m * 100}`);
  }
  return Buffer.from(['rep,month,sales', ...rows, ...rows].join('\n'));
}
