import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

interface Start {
  expected: string;
  baseSalary: unknown;
  schemes: string[];
}

/** The curves' rep, a new condiment letter's base salary and the schemes the editor starts with. */
async function editorStart(page: Page): Promise<Start> {
  await page.waitForSelector('#schemes-title');
  const schemes = await page.locator('[data-testid="pay-table"] tbody th').allTextContents();
  await page.locator('.tools select').selectOption('condiment-letter');
  await page.locator('.tools button').click();
  const json = await page.locator('details pre').textContent();
  const letter = (JSON.parse(json ?? '[]') as { kind: string; baseSalary?: unknown }[]).findLast(
    (s) => s.kind === 'condiment-letter',
  );
  const expected = await page.locator('[data-testid="point-expected"]').inputValue();
  return { expected, baseSalary: letter?.baseSalary, schemes };
}

describe('the Schemes screen opened at its own address', () => {
  const app = useBrowser();

  it('starts from the data and scenario in use, as when reached from Compare', async () => {
    const viaCompare = await openPage(app.browser, app.url);
    await viaCompare.page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    await viaCompare.page.locator('nav a[href$="schemes"]').click();
    const reached = await editorStart(viaCompare.page);
    await viaCompare.page.context().close();

    const direct = await openPage(app.browser, `${app.url}schemes`);
    const opened = await editorStart(direct.page);
    await screenshot(direct.page, 'schemes-direct');
    expect(opened).toEqual(reached);
    expect(direct.errors).toEqual([]);
    await direct.page.context().close();
  });
});
