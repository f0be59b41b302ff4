import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

/** The tick labels and the title of each axis of an SVG chart, as drawn. */
async function axes(chart: Locator): Promise<{ ticks: string[]; title: string }[]> {
  return chart.locator('g.axis').evaluateAll((groups) =>
    groups.map((g) => ({
      ticks: [...g.querySelectorAll('text:not(.title)')].map((t) => t.textContent ?? ''),
      title: g.querySelector('text.title')?.textContent ?? '',
    })),
  );
}

async function runBehaviour(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector<HTMLButtonElement>('[data-testid="behaviour-run"]')?.disabled,
    null,
    { timeout: 60_000 },
  );
  await page.locator('[data-testid="behaviour-run"]').click();
  await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: 120_000 });
}

describe('chart axes of amounts on the Chinese page', () => {
  const app = useBrowser();

  it('write one unit along an axis and name the unit of every amount', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    await page.locator('nav a[href$="train"]').click();
    const payoff = page.locator('svg[data-testid="payoff-chart"]');
    await payoff.waitFor({ timeout: 60_000 });
    // Expected pay per quarter runs from 0 past 10,000 yuan: every tick but 0 counts in 万.
    const [pay] = await axes(payoff);
    const counted = pay.ticks.filter((tick) => tick !== '0');
    expect(
      counted.some((tick) => tick.endsWith('万')),
      pay.ticks.join(' '),
    ).toBe(true);
    expect(
      counted.every((tick) => tick.endsWith('万')),
      pay.ticks.join(' '),
    ).toBe(true);
    await screenshot(page, 'axis-units-train-zh');

    // The heat map read with the arrow keys names each figure with the Chinese colon.
    const heat = page.locator('[data-testid="payoff-heatmap"]');
    await heat.focus();
    await page.keyboard.press('ArrowRight');
    const readout = (await page.locator('.tooltip[role="status"]').innerText()).split('\n');
    expect(readout.length).toBeGreaterThan(1);
    for (const line of readout) expect(line, line).toMatch(/^[^:]+：/);
    await screenshot(page, 'axis-units-heat-readout-zh');

    await page.locator('nav a[href$="behaviour"]').click();
    await runBehaviour(page);
    const unit = `（${zhCN['unit.CNY']}）`;
    const titles = (await Promise.all((await page.locator('svg').all()).map(axes)))
      .flat()
      .map((axis) => axis.title);
    // The ratchet chart waits for a run of two years or more; its title is the catalog's alike.
    for (const key of [
      'behaviour.targets.x',
      'behaviour.targets.y',
      'behaviour.months.y',
    ] as const) {
      const title = zhCN[key].replace('（{{unit}}）', unit);
      expect(titles, key).toContain(title);
    }
    await screenshot(page, 'axis-units-behaviour-zh');
    expect(errors).toEqual([]);
  }, 300_000);
});
