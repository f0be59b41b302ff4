import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, useBrowser } from './harness';

async function runBehaviour(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector<HTMLButtonElement>('[data-testid="behaviour-run"]')?.disabled,
    null,
    { timeout: 60_000 },
  );
  await page.locator('[data-testid="behaviour-run"]').click();
  await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: 120_000 });
}

/** Presses Tab until a chart whose name starts with `name` has the focus. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    if (focused?.startsWith(name)) return;
  }
  throw new Error(`no chart named "${name}…" in the tab order`);
}

describe("the behaviour screen's charts without sight", () => {
  const app = useBrowser();

  it('are reached with Tab and read mark by mark with the arrow keys', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}behaviour`);
    await runBehaviour(page);
    const readout = page.locator('.plot [role="status"]');

    await page.locator('[data-testid="behaviour-run"]').focus();
    await tabTo(page, 'Targets against true medians');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain(
      en['chart.readWithKeys'],
    );
    await page.keyboard.press('ArrowRight');
    expect(await readout.innerText()).toMatch(/\((naive|strategic)\): median .+, target .+/);

    await tabTo(page, 'Sales of ');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const text = await readout.innerText();
    expect(text).toContain(`${en['behaviour.months.x']} 2`);
    expect(text).toContain(en['behaviour.months.kept']);
    await screenshot(page, 'behaviour-charts-keys');

    await page.keyboard.press('Escape');
    expect(await readout.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
