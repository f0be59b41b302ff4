import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { screenshot, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const file = 'news.csv';
const csv = ['rep,month,sales', 'A,2024-01,100', 'A,2024-02,110', 'B,2024-01,90'].join('\n');

describe('another tab’s file that cannot be loaded here', () => {
  const app = useBrowser();

  it('says why in the page’s language, and again in the next one chosen', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'zh-CN',
    });
    const first = await context.newPage();
    const second = await context.newPage();
    // The second tab never gets its in-browser database, so it cannot read the kept file.
    await second.route(/duckdb-[^/]*\.wasm/, (route) => route.abort());
    for (const page of [first, second]) {
      await page.goto(app.url);
      await waitForState(page, 'done');
    }

    await first
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: file, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await first.locator('[data-testid="import-confirm"]:not([disabled])').click();
    await waitForState(first, 'done');

    const news = second.locator('[data-testid="data-news"]');
    await expect
      .poll(() => news.getAttribute('data-state').catch(() => null), { timeout: 60_000 })
      .toBe('failed');
    const zhText = await news.locator('p').innerText();
    const failed = zhCN['news.failed'].split('{{')[0];
    expect(zhText).toContain(`${failed}${file}：未读取`);
    expect(zhText.replaceAll(file, '')).not.toMatch(/[A-Za-z]{2,}/);
    await screenshot(second, 'data-news-failed-zh');

    await second.locator('button[lang="en"]').click();
    const enText = await news.locator('p').innerText();
    expect(enText).toContain(`${en['news.failed'].split('{{')[0]}${file}: not read`);
    expect(enText).not.toMatch(/[\u4e00-\u9fff]/);
    await context.close();
  });
});
