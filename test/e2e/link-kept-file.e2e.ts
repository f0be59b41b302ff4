import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runDoneWithSeed, screenshot, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const file = 'dollars.csv';
// Three reps over two months in dollars: a count and a unit the sample (30 reps, yuan) has not.
const csv = [
  'rep,month,sales',
  ...['A', 'B', 'C'].flatMap((rep, r) =>
    ['2024-01', '2024-02'].map((month, m) => `${rep},${month},$${1000 + 100 * r + 10 * m}`),
  ),
].join('\n');

const source = (page: Page) => page.locator('dd.source').innerText();
/** The executive table once its outcomes (profit and the rest, worked out after the run) are in. */
async function table(page: Page): Promise<string> {
  const text = () => page.locator('[data-testid="outcome-table"]').innerText();
  await expect.poll(text).not.toContain('computing');
  return text();
}

/** A new tab of `context` that imports the dollar file and shares its run: the tab and link. */
async function sharedOnFile(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await waitForState(page, 'done');
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name: file, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('[data-testid="import-confirm"]:not([disabled])').click();
  await waitForState(page, 'done');
  await page.locator('[data-testid="import-close"]').click();
  await page.click('[data-testid="share"]');
  return { page, link: await page.locator('[data-testid="share-link"]').inputValue() };
}

describe('a link made on an imported file', () => {
  const app = useBrowser();

  it('opens on the file where it is kept, and on the sample in yuan where it is not', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const { page: sender, link } = await sharedOnFile(context, app.url);
    expect(await sender.locator('#data-currency').inputValue()).toBe('USD');
    const sent = await table(sender);

    // Another tab of the same browser, where the file is kept: the sender's figures.
    const colleague = await context.newPage();
    await colleague.goto(link);
    await waitForState(colleague, 'done');
    expect(await source(colleague)).toContain(file);
    expect(await colleague.locator('#data-currency').inputValue()).toBe('USD');
    expect(await table(colleague)).toBe(sent);
    await screenshot(colleague, 'link-kept-file-same-browser');

    // A browser without the file: the sample, in its own yuan, and the notice names the file.
    const elsewhere = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const stranger = await elsewhere.newPage();
    await stranger.goto(link);
    await waitForState(stranger, 'done');
    expect(await source(stranger)).not.toContain(file);
    expect(await stranger.locator('#data-currency').inputValue()).toBe('CNY');
    expect(await stranger.locator('main').innerText()).toContain(file);
    await screenshot(stranger, 'link-kept-file-elsewhere');
    await context.close();
    await elsewhere.close();
  });

  it('opens on the kept file when pasted into a tab already open on the sample', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const { page, link } = await sharedOnFile(context, app.url);
    const sent = await table(page);

    const sample = page.getByRole('button', { name: 'Use sample data' });
    await sample.click();
    await sample.and(page.locator('[disabled]')).waitFor();
    await waitForState(page, 'done');
    expect(await source(page)).not.toContain(file);

    // The same document: only the fragment changes, so the page is not loaded again.
    await page.evaluate(() => ((window as unknown as { sameTab: boolean }).sameTab = true));
    await page.goto(link);
    await page.locator('dd.source', { hasText: file }).waitFor({ timeout: 30_000 });
    await waitForState(page, 'done');
    expect(await page.evaluate(() => (window as unknown as { sameTab?: boolean }).sameTab)).toBe(
      true,
    );
    expect(await page.locator('#data-currency').inputValue()).toBe('USD');
    expect(await table(page)).toBe(sent);
    expect(await page.locator('[data-testid="scenario-notice"]').count()).toBe(0);
    await screenshot(page, 'link-kept-file-same-tab');
    await context.close();
  });

  it('ends on the last of two links pasted one after the other', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const { page, link } = await sharedOnFile(context, app.url);
    const onFile = new URL(link).hash;

    const sample = page.getByRole('button', { name: 'Use sample data' });
    await sample.click();
    await sample.and(page.locator('[disabled]')).waitFor();
    await page.fill('[data-testid="setting-seed"]', '99');
    await page.click('[data-testid="run-button"]');
    await runDoneWithSeed(page, 99);
    await page.click('[data-testid="share"]');
    const onSample = new URL(await page.locator('[data-testid="share-link"]').inputValue()).hash;
    await page.fill('[data-testid="setting-seed"]', '5');
    await page.click('[data-testid="run-button"]');
    await runDoneWithSeed(page, 5);

    // The first link's kept file is still being read when the second comes.
    await page.evaluate(
      async ([first, second]) => {
        window.location.hash = first;
        await new Promise((resolve) => setTimeout(resolve, 50));
        window.location.hash = second;
      },
      [onFile, onSample],
    );
    await runDoneWithSeed(page, 99);
    // Time enough for the first link, were it still to open, to have done so.
    await page.waitForTimeout(2_000);
    await waitForState(page, 'done');
    expect(await page.locator('[data-testid="run-seed"]').textContent()).toBe('99');
    expect(await source(page)).not.toContain(file);
    expect(await page.locator('[data-testid="scenario-notice"]').count()).toBe(0);
    await context.close();
  });

  it('leaves the sample in yuan when the kept file a pasted link names is cancelled', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const { page, link } = await sharedOnFile(context, app.url);
    const onFile = new URL(link).hash;
    const sample = page.getByRole('button', { name: 'Use sample data' });
    await sample.click();
    await sample.and(page.locator('[disabled]')).waitFor();
    await waitForState(page, 'done');
    expect(await page.locator('#data-currency').inputValue()).toBe('CNY');

    // Cancel in the page, as soon as the run bar shows the link's import: a click sent from
    // here could land after a quick import, on the run of the file that follows it.
    await page.evaluate(
      (hash) =>
        new Promise<void>((resolve) => {
          const bar = document.querySelector('.runbar') as HTMLElement;
          const status = bar.querySelector('[data-testid="run-status"]') as HTMLElement;
          const observer = new MutationObserver(() => {
            const cancel = [...bar.querySelectorAll('button')].find(
              (button) => button.textContent?.trim() === 'Cancel',
            );
            if (status.dataset.state !== 'loading' || cancel === undefined) return;
            observer.disconnect();
            cancel.click();
            resolve();
          });
          observer.observe(bar, { attributes: true, childList: true, subtree: true });
          window.location.hash = hash;
        }),
      onFile,
    );
    await waitForState(page, 'cancelled');
    expect(await source(page)).not.toContain(file);
    // The import the link started ends a moment after the run bar says so.
    await expect.poll(() => page.locator('#data-currency').inputValue()).toBe('CNY');
    await page.click('[data-testid="run-button"]');
    await waitForState(page, 'done');
    expect(await table(page)).toContain('CN¥');
    expect(await table(page)).not.toContain('$');
    await context.close();
  });
});
