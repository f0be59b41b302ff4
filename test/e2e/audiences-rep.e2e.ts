import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/lib/engine';
import { trainingQuarters } from '../../src/lib/engine/sweep';
import { foreignRequests, openPage, screenshot, useBrowser } from './harness';

const languages = [
  {
    locale: 'en-US',
    tag: 'en',
    limit: 'earns nothing that period',
    other: '简体中文',
    game: '模拟季度',
  },
  { locale: 'zh-CN', tag: 'zh', limit: '得不到任何报酬', other: 'English', game: 'Play quarters' },
] as const;

// The sample rep the test describes, and the default scenario's essay rule: t = 5%, floor 0.
const m = 100_000;
const sigma = 0.5;
const t = 0.05;
const mu = Math.log(m) - (sigma * sigma) / 2;
const seed = 20261204;
const F = (x: number) => normalCdf((Math.log(x) - mu) / sigma);
const pay = (x: number, y: number) => t * Math.max(0, Math.min(x, 2 * y - x));

/** E[Z](x) by Simpson's rule over log-sales, independent of the engine's quadrature. */
function expectedPay(x: number): number {
  const n = 4000;
  const [a, b] = [mu - 8 * sigma, mu + 8 * sigma];
  const h = (b - a) / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const u = a + i * h;
    const density =
      Math.exp(-((u - mu) ** 2) / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
    const w = i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2;
    sum += w * pay(x, Math.exp(u)) * density;
  }
  return (sum * h) / 3;
}

/** Root of 2F(X) − F(X/2) = 1, the floored optimum of domain.md §1, by bisection. */
function flooredOptimum(): number {
  let [a, b] = [m / 10, m * 10];
  for (let i = 0; i < 200; i++) {
    const mid = (a + b) / 2;
    if (2 * F(mid) - F(mid / 2) - 1 < 0) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

async function data(page: Page, testid: string, attribute = 'data-value'): Promise<string> {
  return (await page.locator(`[data-testid="${testid}"]`).first().getAttribute(attribute)) ?? '';
}

describe('the rep training screen in a real browser', () => {
  const app = useBrowser();

  for (const { locale, tag, limit, other, game } of languages) {
    it(`finds the best target, prices sandbagging and plays seeded quarters (${tag})`, async () => {
      const { page, requests, errors } = await openPage(app.browser, `${app.url}train`, locale);
      await page.waitForSelector('[data-testid="train-rep"]', { timeout: 60_000 });
      await screenshot(page, `rep-own-history-${tag}`);

      await page.click('[data-testid="source-sample"]');
      await page.fill('[data-testid="sample-mean"]', String(m));
      await page.fill('[data-testid="sample-sigma"]', String(sigma));
      await page.locator('[data-testid="sample-sigma"]').blur();

      // With the bonus floored at 0 a volatile rep's best target is above the median.
      const best = Number(await data(page, 'best-target'));
      expect(best / flooredOptimum()).toBeCloseTo(1, 3);
      expect(best).toBeGreaterThan(Math.exp(mu));

      await page.click('[data-testid="use-best"]');
      await expect(data(page, 'target-readout', 'data-verdict')).resolves.toBe('best');
      await page.click('[data-testid="try-sandbag"]');
      await expect(data(page, 'target-readout', 'data-verdict')).resolves.toBe('sandbagging');
      const cost = Number(await data(page, 'target-readout', 'data-cost'));
      const expected = expectedPay(best) - expectedPay(0.8 * best);
      expect(cost).toBeGreaterThan(0);
      expect(Math.abs(cost - expected)).toBeLessThan(2e-3 * expectedPay(best));

      await page.click('[data-testid="use-best"]');
      await page.click('[data-testid="play-year"]');
      const sales = await page
        .locator('[data-testid="q-sales"]')
        .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
      const pays = await page
        .locator('[data-testid="q-pay"]')
        .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
      const drawn = trainingQuarters(seed, { logMu: mu, logSigma: sigma }, 0, 4);
      sales.forEach((y, k) => expect(y / drawn[k]).toBeCloseTo(1, 12));
      pays.forEach((z, k) => expect(z).toBeCloseTo(pay(best, sales[k]), 6));

      await expect(page.locator('[data-testid="lesson-limit"]').textContent()).resolves.toContain(
        limit,
      );

      await page.focus('[data-testid="payoff-heatmap"]');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.tooltip').first().isVisible()).resolves.toBe(true);
      await screenshot(page, `rep-train-${tag}`);

      // The language can change at any time; the game and the data stay.
      await page.click(`button:has-text("${other}")`);
      await expect(page.locator('#game-title').textContent()).resolves.toBe(game);
      await page.click('nav a[href$="/tune"]');
      await page.waitForSelector('[data-testid="tune-run"]');
      await page.click('nav a[href$="/train"]');
      await page.waitForSelector('[data-testid="q-sales"]');
      await expect(page.locator('[data-testid="q-sales"]').count()).resolves.toBe(4);

      expect(foreignRequests(requests, app.url)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
