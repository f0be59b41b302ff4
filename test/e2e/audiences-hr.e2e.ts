import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { foreignRequests, openPage, projectRoot, screenshot, useBrowser } from './harness';

const languages = [
  { locale: 'en-US', tag: 'en', heading: 'Sweep a parameter' },
  { locale: 'zh-CN', tag: 'zh', heading: '参数扫描' },
] as const;

interface CliScheme {
  id: string;
  payout: { mean: number; se: number };
  sales: { mean: number };
  payoutShareOfSales: { mean: number };
}

/** The default scenario with the self-set rate t, through the CLI on the same sample and seed. */
function cliAtRate(rate: number): CliScheme {
  const scenario = JSON.parse(
    readFileSync(resolve(projectRoot, 'scenarios/essay-vs-haggling.json'), 'utf8'),
  );
  scenario.schemes[0].rate = rate;
  const file = join(mkdtempSync(join(tmpdir(), 'incentive-lab-')), 'rate.json');
  writeFileSync(file, JSON.stringify(scenario));
  const tsx = resolve(projectRoot, 'node_modules/.bin/tsx');
  const out = execFileSync(tsx, ['src/cli/simulate.ts', '--scenario', file, '--json'], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return JSON.parse(out).schemes.find((s: CliScheme) => s.id === 'self-set');
}

async function solution(page: Page): Promise<number> {
  await page.waitForSelector('[data-testid="budget-solution"][data-status="solved"]');
  return Number(await page.locator('[data-testid="budget-solution"]').getAttribute('data-value'));
}

describe('the HR screen in a real browser', () => {
  const app = useBrowser();

  for (const { locale, tag, heading } of languages) {
    it(`sweeps the rate, meets a budget and tables pay per rep (${tag})`, async () => {
      const { page, requests, errors } = await openPage(app.browser, `${app.url}tune`, locale);
      await expect(page.locator('#sweep-title').textContent()).resolves.toBe(heading);
      await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
        timeout: 60_000,
      });
      await page.click('[data-testid="tune-run"]');
      await page.waitForSelector('[data-testid="tune-status"][data-state="done"]', {
        timeout: 60_000,
      });

      // Pay is t·max(0, min(X, 2Y − X)) with X independent of t, so on the same draws the
      // share is linear in t and the CLI at the solved rate pays exactly the budget's 3%.
      const rate = await solution(page);
      const cli = cliAtRate(rate);
      expect(cli.payoutShareOfSales.mean).toBeCloseTo(0.03, 6);

      await page.click('[data-testid="budget-amount"]');
      await page.fill('[data-testid="budget-value"]', '1000000');
      await page.waitForFunction(
        (old) =>
          document.querySelector('[data-testid="budget-solution"]')?.getAttribute('data-value') !==
          old,
        String(rate),
      );
      // Payout is proportional to t: 1,000,000 takes t·1e6 / (0.03·sales).
      const forAmount = await solution(page);
      expect(forAmount / rate).toBeCloseTo(1e6 / (0.03 * cli.sales.mean), 6);
      await page.click('[data-testid="budget-share"]');
      expect(await solution(page)).toBe(rate);

      await page.click('[data-testid="per-rep-run"]');
      await page.waitForSelector('[data-testid="per-rep-table"] tbody tr');
      const rows = page.locator('[data-testid="per-rep-table"] tbody tr');
      await expect(rows.count()).resolves.toBe(30);
      const cells = (await rows
        .locator('td[data-value]')
        .evaluateAll((tds) =>
          tds.map((c) => [Number(c.getAttribute('data-value')), Number(c.getAttribute('data-se'))]),
        )) as [number, number][];
      const total = cells.reduce((a, [mean]) => a + mean, 0);
      // Each rep ran alone on its own draws: the sum agrees with the CLI within the error.
      const se = Math.sqrt(cells.reduce((a, [, s]) => a + s * s, 0) + cli.payout.se ** 2);
      expect(Math.abs(total - cli.payout.mean)).toBeLessThan(4 * se);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="export-reps"]'),
      ]);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const lines = csv.slice(1).trimEnd().split('\r\n');
      expect(lines).toHaveLength(31);
      expect(lines[0]).toContain('P95');
      expect(lines.slice(1).every((line) => !/^[=+\-@\t\r]/.test(line))).toBe(true);

      // A chart read from the keyboard: the focused point's value is announced.
      await page.focus('[data-testid="sweep-share"]');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.tooltip').first().textContent()).resolves.toMatch(/%/);
      await screenshot(page, `hr-tune-${tag}`);

      // Moving between screens keeps the data, the run and the sweep.
      await page.click('nav a[href$="/"]');
      await page.waitForSelector('[data-testid="exec-summary"]');
      await expect(
        page.locator('[data-testid="run-status"]').getAttribute('data-state'),
      ).resolves.toBe('done');
      await page.click('nav a[href$="/tune"]');
      await page.waitForSelector('[data-testid="sweep-share"]');
      await expect(
        page.locator('[data-testid="tune-status"]').getAttribute('data-state'),
      ).resolves.toBe('done');

      expect(foreignRequests(requests, app.url)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
