import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../corpus/corpus';
import { screenshot, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const file = 'markup-names.csv';
const saved = (page: Page) => page.locator('[data-testid="saved-panel"]');
const source = (page: Page) => page.getByText(file).first();

async function importKept(page: Page): Promise<void> {
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles(new URL(file, corpusDir).pathname);
  await page.locator('[data-testid="import-confirm"]').click();
  await waitForState(page, 'done');
  const close = page.locator('[data-testid="import-close"]');
  if (await close.isVisible()) await close.click();
}

/** Storage that refuses every use, as some private windows do. */
const blockStorage = () => {
  const refuse = () => Promise.reject(new DOMException('storage is off', 'SecurityError'));
  Object.defineProperty(navigator.storage, 'getDirectory', { value: refuse });
  Object.defineProperty(window, 'indexedDB', {
    get() {
      throw new DOMException('storage is off', 'SecurityError');
    },
  });
};

/** Storage that is full: every write to the private file system fails with the quota error. */
const fillStorage = () => {
  const proto = FileSystemFileHandle.prototype as unknown as Record<string, unknown>;
  proto.createWritable = async () => ({
    write: () => Promise.reject(new DOMException('quota reached', 'QuotaExceededError')),
    close: () => Promise.resolve(),
    abort: () => Promise.resolve(),
  });
};

describe('kept data across reloads and broken storage', () => {
  const app = useBrowser();

  async function open(prepare?: (context: BrowserContext) => Promise<unknown>) {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await prepare?.(context);
    const page = await context.newPage();
    let crashed = false;
    page.on('crash', () => (crashed = true));
    await page.goto(app.url);
    await waitForState(page, 'done');
    return { context, page, crashed: () => crashed };
  }

  it('an import and the settings survive a reload; forgetting them brings back the sample', async () => {
    const { context, page } = await open();
    await importKept(page);
    const trials = page.getByRole('spinbutton', { name: 'Trials' });
    await trials.fill('2000');
    await page.locator('button.run').click();
    await waitForState(page, 'done');
    // Settings are kept a moment after the last change (savedData.svelte.ts).
    await page.waitForTimeout(1_000);

    await page.reload();
    await waitForState(page, 'done');
    await expect(source(page).isVisible()).resolves.toBe(true);
    expect(await saved(page).innerText()).toContain(`${file} is kept`);
    expect(await trials.inputValue()).toBe('2000');

    await page.locator('[data-testid="saved-clear"]').click();
    await expect.poll(() => saved(page).innerText()).toContain('Forgotten');
    await page.reload();
    await waitForState(page, 'done');
    expect(await saved(page).innerText()).toContain('Nothing kept');
    await context.close();
  });

  it('a setting changed at once before a reload is kept', async () => {
    const { context, page } = await open();
    const trials = page.getByRole('spinbutton', { name: 'Trials' });
    await trials.fill('3000');
    // No wait: well inside the moment the panel lets typing pause before it keeps settings.
    await page.reload();
    await waitForState(page, 'done');
    expect(await trials.inputValue()).toBe('3000');

    await trials.fill('2500');
    await page.goto('about:blank');
    await page.goBack();
    await waitForState(page, 'done');
    expect(await trials.inputValue()).toBe('2500');
    await context.close();
  });

  it('blocked storage is explained, and the import still works for this visit', async () => {
    const { context, page, crashed } = await open((c) => c.addInitScript(blockStorage));
    await importKept(page);

    await expect.poll(() => saved(page).innerText()).toMatch(/does not let the page keep data/);
    await expect(source(page).isVisible()).resolves.toBe(true);
    await screenshot(page, 'reliability-storage-blocked');
    expect(crashed()).toBe(false);
    await context.close();
  });

  it('full storage is explained, and nothing is said to be kept', async () => {
    const { context, page } = await open((c) => c.addInitScript(fillStorage));
    await importKept(page);

    const text = await expect
      .poll(() => saved(page).innerText())
      .toMatch(/storage for this page is full/);
    void text;
    expect(await saved(page).innerText()).not.toContain(`${file} is kept`);
    await context.close();
  });

  it('a kept file damaged on disk is explained on reload, left untouched and can be forgotten', async () => {
    const { context, page } = await open();
    await importKept(page);
    await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const folder = await root.getDirectoryHandle('incentive-lab');
      for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys()) {
        const writable = await (await folder.getFileHandle(name)).createWritable();
        await writable.write(new Uint8Array([0xff, 0x00, 0x7b, 0x22]));
        await writable.close();
      }
    });

    await page.reload();
    await waitForState(page, 'done');
    await expect.poll(() => saved(page).innerText()).toMatch(/could not be read back/);
    await screenshot(page, 'reliability-storage-corrupt');

    await page.locator('[data-testid="saved-clear"]').click();
    await page.reload();
    await waitForState(page, 'done');
    expect(await saved(page).innerText()).toContain('Nothing kept');
    await context.close();
  });
});
