import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { selfSet } from '../../src/lib/engine';
import { DEFAULT_FLOOR } from '../../src/lib/engine/constants';
import { payoffCurve } from '../../src/lib/engine/sweep';
import { formatNumber } from '../../src/lib/i18n/format';
import { DEFAULT_RATE } from '../../src/lib/state/settings';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';

const mean = 100_000;
const sigma = 0.25;
const belief = { logMu: Math.log(mean) - (sigma * sigma) / 2, logSigma: sigma };

const ownRuleNote = (page: Page) => page.locator('[data-testid="train-own-rule"]');

async function openScenario(page: Page, name: string): Promise<void> {
  const path = join(projectRoot, 'scenarios', name);
  await page.locator('[data-testid="open-scenario"]').setInputFiles(path);
  await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
    timeout: 110_000,
  });
}

async function bestTarget(page: Page): Promise<number> {
  const value = await page.locator('[data-testid="best-target"]').getAttribute('data-value');
  return Number(value);
}

describe('Train on a scenario without a self-set target scheme', () => {
  const app = useBrowser();

  it('pays by its own rule, the essay’s at the default t and floor, and says so', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    await openScenario(page, 'condiment-2010.json');

    await page.locator('nav a[href$="train"]').click();
    await page.click('[data-testid="source-sample"]');
    await page.fill('[data-testid="sample-mean"]', String(mean));
    await page.fill('[data-testid="sample-sigma"]', String(sigma));
    await page.locator('[data-testid="sample-sigma"]').blur();

    const rule = selfSet(DEFAULT_RATE, DEFAULT_FLOOR);
    const note = await ownRuleNote(page).textContent();
    expect(note).toContain(formatNumber('en', rule.beta, 'percentFine'));
    expect(note).toContain(formatNumber('en', rule.gamma, 'percentFine'));
    const want = payoffCurve(rule, belief).best.target;
    expect(Math.abs((await bestTarget(page)) / want - 1)).toBeLessThan(1e-9);
    await screenshot(page, 'train-own-rule-en');

    // A scenario with a self-set scheme pays by it, and the note goes.
    await page.locator('nav a[href$="/"]').first().click();
    await openScenario(page, 'essay-vs-haggling.json');
    await page.locator('nav a[href$="train"]').click();
    await page.locator('[data-testid="belief-summary"]').waitFor();
    expect(await ownRuleNote(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
