import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  foreignRequests,
  openPage,
  projectRoot,
  screenshot,
  sharedData,
  useBrowser,
} from './harness';

const metrics = ['payoutMean', 'payoutSe', 'payoutP5', 'payoutP50', 'payoutP95'] as const;

interface CliScheme {
  id: string;
  payout: { mean: number; se: number; p5: number; p50: number; p95: number };
}

function runCli(scenario: string): { seed: number; trials: number; schemes: CliScheme[] } {
  const tsx = resolve(projectRoot, 'node_modules/.bin/tsx');
  const out = execFileSync(tsx, ['src/cli/simulate.ts', '--scenario', scenario, '--json'], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return JSON.parse(out);
}

async function waitForRun(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', { timeout });
}

async function metricValue(page: Page, scheme: string, metric: string): Promise<number> {
  const cell = page.locator(`[data-testid="metric-${scheme}-${metric}"]`).first();
  return Number(await cell.getAttribute('data-value'));
}

describe('the main job in a real browser', () => {
  const app = useBrowser();

  it('opens on the sample history and shows the same numbers as the CLI', async () => {
    const { page, requests, errors } = await openPage(app.browser, app.url);
    await waitForRun(page);
    await screenshot(page, 'compare-sample-en');

    const cli = runCli('scenarios/essay-vs-haggling.json');
    const seedShown = await page.locator('[data-testid="run-seed"]').first().textContent();
    expect(seedShown).toContain(String(cli.seed));

    for (const scheme of cli.schemes) {
      for (const metric of metrics) {
        const key = metric.replace('payout', '').toLowerCase() as keyof CliScheme['payout'];
        const onScreen = await metricValue(page, scheme.id, metric);
        expect(onScreen, `${scheme.id} ${metric}`).toBeCloseTo(scheme.payout[key], 9);
      }
    }

    expect(foreignRequests(requests, app.url)).toEqual([]);
    expect(errors).toEqual([]);
  });

  const vending = resolve(sharedData, 'cn_vending_orders_2018-04_gbk.csv');
  const hasShared = existsSync(vending);
  if (!hasShared) console.warn(`skipping the vending import: ${vending} is absent`);

  it.skipIf(!hasShared)(
    'imports the GBK vending orders and compares the schemes on them',
    async () => {
      const { page, requests } = await openPage(app.browser, app.url, 'zh-CN');
      await waitForRun(page);
      const before = await metricValue(page, 'self-set', 'payoutMean');

      await page.locator('[data-testid="import-file"]').setInputFiles(vending);
      await page.locator('[data-testid="import-confirm"]').click();
      await page.waitForFunction(
        (old) => {
          const status = document.querySelector('[data-testid="run-status"]');
          const cell = document.querySelector('[data-testid="metric-self-set-payoutMean"]');
          return (
            status?.getAttribute('data-state') === 'done' &&
            cell?.getAttribute('data-value') !== old
          );
        },
        String(before),
        { timeout: 60_000 },
      );
      await screenshot(page, 'compare-vending-zh');

      const after = await metricValue(page, 'self-set', 'payoutMean');
      expect(Number.isFinite(after)).toBe(true);
      expect(after).toBeGreaterThan(0);
      await expect(page.getByText('81').first().isVisible()).resolves.toBe(true);
      expect(foreignRequests(requests, app.url)).toEqual([]);
    },
  );
});
