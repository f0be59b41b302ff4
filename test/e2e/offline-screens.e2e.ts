import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

const screens = ['Tune', 'Train', 'Schemes', 'Behaviour'];
const WARM_UP_MARK = 'il-duckdb-warmed-up';

async function waitForRun(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: 90_000 });
}

/** Waits until DuckDB has started and its warm-up ran every statement (browserDb.ts). */
async function warmedUp(page: Page): Promise<void> {
  const seen = (mark: string) => performance.getEntriesByName(mark).length > 0;
  await page.waitForFunction(seen, WARM_UP_MARK, { timeout: 90_000 });
}

/** Clicks a screen's header link and waits for its heading or the error in its place. */
async function openScreen(page: Page, name: string): Promise<void> {
  await page.locator('header nav a', { hasText: name }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/${name.toLowerCase()}`));
  await page.locator('main h1').first().waitFor({ state: 'attached' });
}

const errorShown = (page: Page) => page.locator('[data-testid="screen-error"]').count();

describe('screens once the connection is lost', () => {
  const env = useBrowser();

  it('every screen opens from the header when the network is lost after the start', async () => {
    const { page, errors } = await openPage(env.browser, env.url);
    await waitForRun(page);
    // The start ends once DuckDB, fetched after the first result, has started and warmed up
    // (a connection lost during its download is db-download-lost.e2e.ts). 'networkidle' alone
    // was reached before the download began, so the connection was sometimes cut during it.
    await warmedUp(page);
    await page.waitForLoadState('networkidle');
    await page.context().setOffline(true);

    for (const name of screens) {
      await openScreen(page, name);
      expect(await errorShown(page), name).toBe(0);
      // SvelteKit's own error page would show the status as the heading.
      expect(await page.locator('main h1').first().innerText(), name).not.toMatch(/^\d+$/);
    }
    await screenshot(page, 'offline-behaviour');
    expect(errors.filter((e) => /Unable to preload|Failed to fetch/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('a screen whose code cannot be fetched says why, not "500 Internal Error"', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Only the code of the screen the first page names in its HTML arrives, with SvelteKit's
    // nodes 0 and 1 (root layout and error page, fetched at start); other screens' code fails.
    const html = await (await fetch(env.url)).text();
    const named = new Set(html.match(/nodes\/[\w.-]+\.js/g) ?? []);
    await context.route('**/_app/immutable/nodes/**', (route) => {
      const file = /nodes\/[\w.-]+\.js/.exec(route.request().url())?.[0] ?? '';
      const arrives = named.has(file) || /^nodes\/[01]\./.test(file);
      return arrives ? route.continue() : route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    await page.goto(env.url);
    await waitForRun(page);

    await openScreen(page, 'Tune');
    expect(await errorShown(page)).toBe(1);
    const error = page.locator('[data-testid="screen-error"]');
    expect(await error.innerText()).not.toMatch(/500|Internal Error/);
    expect(await page.locator('[data-testid="screen-error-advice"]').innerText()).toMatch(/Reload/);

    await context.setOffline(true);
    await openScreen(page, 'Train');
    expect(await page.locator('[data-testid="screen-error-advice"]').innerText()).toMatch(
      /offline.*reconnect/,
    );
    await screenshot(page, 'screen-error-offline');

    await context.setOffline(false);
    await error.getByRole('link').click();
    await page.locator('#summary-title').waitFor();
    expect(await errorShown(page)).toBe(0);
    await context.close();
  });
});
