import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { schemeKinds } from '../../src/lib/engine/schemes/registry';
import { openPage, screenshot, useBrowser } from './harness';

/**
 * Three or more lower-case Latin words in a row anywhere a reader sees text (labels, options,
 * tooltips, alternatives): a sentence left in English. Code and JSON shown as such are skipped.
 */
async function strayEnglish(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Words joined by spaces only: a list of field names (`name, seed, trials`) is no sentence.
    const run = /\b[a-z]{2,}(?: [a-z]{2,}){2,}\b/;
    const found: string[] = [];
    const note = (text: string) => {
      const match = run.exec(text.replace(/"[^"]*"/g, ' '));
      if (match) found.push(`${match[0]} ← ${text.slice(0, 120)}`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, pre, code')) continue;
      note(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) note(el.getAttribute(name) ?? '');
    }
    return found;
  });
}

async function runDone(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout: 90_000 });
}

describe('a zh-CN reader sees no English sentence', () => {
  const app = useBrowser();

  it('on every screen', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await runDone(page);
    expect(await strayEnglish(page)).toEqual([]);

    for (const path of ['tune', 'train', 'schemes', 'behaviour']) {
      await page.locator(`nav a[href$="${path}"]`).click();
      await page.waitForSelector('main h1, main h2');
      await page.waitForTimeout(1500);
      expect(await strayEnglish(page), path).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it('when a scenario file is bad', async () => {
    const { page } = await openPage(app.browser, app.url, 'zh-CN');
    await runDone(page);
    const bad = {
      name: '',
      seed: -1,
      trials: 10,
      extra: true,
      data: { source: 'sample' },
      schemes: [{ kind: 'truth-telling', id: 'a', alpha: 0.1, beta: 0.05, gamma: 0.2 }],
    };
    await page.locator('[data-testid="open-scenario"]').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const list = page.locator('[data-testid="scenario-errors"] li');
    await list.first().waitFor();
    expect(await list.count()).toBeGreaterThanOrEqual(3);
    expect(await list.allTextContents()).toContain(
      'bad.json: seed: 应为不小于 0 的整数，实际为 -1',
    );
    expect(await strayEnglish(page)).toEqual([]);
    await screenshot(page, 'zh-bad-scenario');
  });

  it('when a share link is bad', async () => {
    const scenario = { name: 'x', seed: 1, trials: 0, data: { source: 'cloud' }, schemes: [] };
    const encoded = Buffer.from(JSON.stringify(scenario)).toString('base64url');
    const link = `${app.url}#scenario=${encoded}&margin=abc&currency=XYZ`;
    const { page } = await openPage(app.browser, link, 'zh-CN');
    const list = page.locator('[data-testid="link-errors"] li');
    await list.first().waitFor();
    expect(await list.count()).toBeGreaterThanOrEqual(3);
    // The link's parameter is named by its label, the parameter itself in brackets.
    const texts = await list.allTextContents();
    expect(
      texts.some((text) => /\p{Script=Han} \(margin\)：/u.test(text)),
      texts.join('\n'),
    ).toBe(true);
    expect(await strayEnglish(page)).toEqual([]);
    await screenshot(page, 'zh-bad-link');
  });

  it('in the scheme editor with a scheme of every kind', async () => {
    const { page } = await openPage(app.browser, `${app.url}schemes`, 'zh-CN');
    await page.waitForSelector('#schemes-title');
    for (const kind of schemeKinds) {
      await page.locator('.tools select').selectOption(kind);
      await page.locator('.tools button').click();
    }
    // Every optional field added too, so that each field's name is on screen.
    for (let k = 0; k < 10; k++) {
      const add = page.locator('[data-testid="add-field"]').first();
      if ((await add.count()) === 0) break;
      await add.click();
    }
    expect(await page.locator('[data-testid="scheme-editor"]').count()).toBe(
      2 + schemeKinds.length,
    );
    expect(await strayEnglish(page)).toEqual([]);
    await screenshot(page, 'zh-scheme-every-kind');
  });

  it('when a field of the scheme editor is wrong', async () => {
    const { page } = await openPage(app.browser, `${app.url}schemes`, 'zh-CN');
    await page.waitForSelector('#schemes-title');
    const editor = page.locator('[data-testid="scheme-editor"]').first();
    await editor.locator('input[inputmode="decimal"]').first().fill('-1');
    await editor.locator('[role="alert"]').waitFor();
    expect(await strayEnglish(page)).toEqual([]);
    await screenshot(page, 'zh-scheme-invalid');
  });
});
