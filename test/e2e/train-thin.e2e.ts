import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, useBrowser } from './harness';

describe('a rep with a thin history on Train', () => {
  const app = useBrowser();

  it('is marked in the rep list and its belief says it leans on the other reps', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    await page.locator('nav a[href$="train"]').click();
    const select = page.locator('[data-testid="train-rep"]');
    await select.waitFor({ timeout: 60_000 });
    const mark = ` · ${en['chart.history.thinMark']}`;
    const options = await select
      .locator('option')
      .evaluateAll((list) =>
        list.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
      );
    const thin = options.filter((o) => o.text.endsWith(mark));
    const full = options.filter((o) => !o.text.endsWith(mark));
    // The sample has a few reps with fewer than 12 periods, as the data card says.
    expect(thin.length).toBeGreaterThan(0);
    expect(full.length).toBeGreaterThan(thin.length);

    const note = page.locator('[data-testid="train-thin"]');
    await select.selectOption(full[0].value);
    expect(await note.count()).toBe(0);
    await select.selectOption(thin[0].value);
    const text = await note.innerText();
    expect(text).toContain(thin[0].text.slice(0, -mark.length));
    expect(text).toMatch(/has \d+ periods? of history: its volatility and trend are borrowed/);
    await screenshot(page, 'train-thin-en');
    expect(errors).toEqual([]);
  });
});
