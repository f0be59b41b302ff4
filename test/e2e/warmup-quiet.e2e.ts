import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';

/** Pages that start DuckDB and warm it up once the sample's first result is on screen. */
const PAGES = [
  ['tune', 'en-US'],
  ['train', 'en-US'],
  ['schemes', 'en-US'],
  ['behaviour', 'en-US'],
  ['train', 'zh-CN'],
];

/** Set by browserDb.ts once the warm-up ran every statement (a hang guard, not a speed test). */
const WARM_UP_MARK = 'il-duckdb-warmed-up';

interface Heard {
  page: Page;
  /** Console warnings and errors of the page and its workers (DuckDB logs from its worker). */
  noise: string[];
}

/** Opens `url` with the console recorded from the first message on. */
async function openListening(browser: Browser, url: string, locale: string): Promise<Heard> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
  const page = await context.newPage();
  const noise: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') noise.push(message.text());
  });
  page.on('pageerror', (error) => noise.push(String(error)));
  await page.goto(url);
  return { page, noise };
}

describe('the DuckDB warm-up is quiet', () => {
  const app = useBrowser();

  it.each(PAGES)(
    'the %s page (%s) logs no warning or error while DuckDB warms up',
    async (name, locale) => {
      const { page, noise } = await openListening(app.browser, `${app.url}${name}`, locale);
      // The warm-up ran to its end on this page: COPY, the import's statements, the calibration.
      await page.waitForFunction(
        (mark) => performance.getEntriesByName(mark).length > 0,
        WARM_UP_MARK,
        { timeout: 90_000 },
      );

      expect(noise.filter((text) => /warm_up|Buffering missing file/i.test(text))).toEqual([]);
      expect(noise).toEqual([]);
      await page.context().close();
    },
  );
});
