import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

// Three reps over two months, the amounts written with a sign (or none) before each.
function csv(sign: string): string {
  const rows = ['A', 'B', 'C'].flatMap((rep, r) =>
    ['2024-01', '2024-02'].map((month, m) => `${rep},${month},"${sign}1,${200 + 10 * r + m}.50"`),
  );
  return ['rep,month,sales', ...rows].join('\n');
}

async function importIn(page: Page, name: string, sign: string): Promise<void> {
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv(sign)) });
  await page.locator('[data-testid="import-confirm"]:not([disabled])').click();
  await waitForState(page, 'done');
  await page.locator('[data-testid="import-close"]').click();
}

const unit = (page: Page) => page.locator('#data-currency').inputValue();
const source = (page: Page) => page.locator('dd.source').innerText();

/** The second tab once it has loaded `name`, which the first imported. */
async function followed(page: Page, name: string): Promise<void> {
  await expect.poll(() => source(page), { timeout: 60_000 }).toBe(name);
  const news = page.locator('[data-testid="data-news"]');
  await expect.poll(() => news.getAttribute('data-state'), { timeout: 60_000 }).toBe('loaded');
}

describe('the unit of data another tab loaded', () => {
  const app = useBrowser();

  it('is the unit that tab shows them in, before and after a reload', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const [first, second] = [await context.newPage(), await context.newPage()];
    for (const page of [first, second]) {
      await page.goto(app.url);
      await waitForState(page, 'done');
    }
    expect(await unit(second)).toBe('CNY');

    await importIn(first, 'dollars.csv', '$');
    await followed(second, 'dollars.csv');
    expect([await unit(first), await unit(second)]).toEqual(['USD', 'USD']);

    // A file that names no currency takes the first tab back to yuan; the second follows it
    // rather than keeping the dollars of the file before.
    await importIn(first, 'plain.csv', '');
    await followed(second, 'plain.csv');
    expect([await unit(first), await unit(second)]).toEqual(['CNY', 'CNY']);

    await importIn(first, 'euros.csv', '€');
    await followed(second, 'euros.csv');
    expect([await unit(first), await unit(second)]).toEqual(['EUR', 'EUR']);

    // What the notice promises: the same as a reload shows.
    await second.reload();
    await waitForState(second, 'done');
    expect([await source(second), await unit(second)]).toEqual(['euros.csv', 'EUR']);
    await context.close();
  });
});
