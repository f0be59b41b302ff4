/**
 * The scenario notice's switch between a scenario's own reps (here in 万元) and the loaded
 * history (the sample, in yuan): the figures on screen read in the unit of the data they were
 * run on, and the switch is offered only where the schemes can run.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, projectRoot, runDoneWithSeed, screenshot, useBrowser } from './harness';

const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);
const status = (page: Page) => byId(page, 'run-status');

// One rep of mean 100 (万元) under the essay's rule: its schemes fit any history, and its reps
// are in another unit than the sample's, so it opens on them. Many trials, so that the sample's
// run (the most trials a scenario may ask) outlasts a busy machine's screenshot and click.
const scenario = {
  name: 'One rep in 万元',
  currency: 'CNY-10k',
  seed: 7,
  trials: 1_000_000,
  data: { source: 'reps', reps: [{ id: 'r', name: 'R', mean: 100, sigma: 0.2 }] },
  schemes: [{ kind: 'self-set', id: 'self-set', rate: 0.05, floor: 'none' }],
};

async function openOwn(page: Page, file: object, seed: number): Promise<void> {
  await status(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
  await byId(page, 'open-scenario').setInputFiles({
    name: 'own.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await runDoneWithSeed(page, seed);
}

/** The payout's figure as shown, and its value in the data's unit. */
async function payout(page: Page): Promise<{ text: string; value: number }> {
  const figure = byId(page, 'outcome-self-set-payout');
  const text = ((await figure.locator('span').first().textContent()) ?? '').trim();
  return { text, value: Number(await figure.getAttribute('data-value')) };
}

describe('the switch between a scenario’s own reps and the loaded history', () => {
  const app = useBrowser();

  it('keeps the figures of the reps in their unit while the history runs and after Cancel', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await openOwn(page, scenario, scenario.seed);
    const notice = byId(page, 'scenario-notice');
    expect(await notice.getAttribute('data-on-scenario-reps')).toBe('true');
    const before = await payout(page);
    // t·X at X near the median 100·e^(−0.02) (万元), so some ¥40,000 a period.
    expect(before.value).toBeGreaterThan(3);
    expect(before.value).toBeLessThan(6);
    expect(before.text).toMatch(/^CN¥4\d,\d{3}$/);

    await byId(page, 'scenario-reps-switch').click();
    await status(page).and(page.locator('[data-state="running"]')).waitFor({ timeout: 30_000 });
    expect(await payout(page)).toEqual(before);
    await screenshot(page, 'scenario-reps-unit-running');

    await page.locator('.runbar button', { hasText: 'Cancel' }).click();
    await status(page).and(page.locator('[data-state="cancelled"]')).waitFor();
    expect(await payout(page)).toEqual(before);
    // Nothing ran on the history: the reps are still the data in use, as before the click, and
    // the summary is named by them.
    expect(await notice.getAttribute('data-on-scenario-reps')).toBe('true');
    expect(await byId(page, 'exec-context').textContent()).toContain(
      'the scenario file’s own reps (1 listed)',
    );
    await screenshot(page, 'scenario-reps-unit-cancelled');
    expect(errors).toEqual([]);
  }, 180_000);

  it('does not offer the history to schemes that do not fit it, and says why', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    const path = join(projectRoot, 'scenarios', 'pharma-2014.json');
    await status(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
    await byId(page, 'open-scenario').setInputFiles(path);
    await runDoneWithSeed(page, 2014);
    const notice = byId(page, 'scenario-notice');
    expect(await notice.getAttribute('data-on-scenario-reps')).toBe('true');
    expect(await byId(page, 'scenario-reps-switch').count()).toBe(0);
    const why = (await byId(page, 'scenario-reps-unfit').textContent()) ?? '';
    expect(why).toContain('Built-in sample');
    expect(why).toContain('schemes[0].quota.values');
    await screenshot(page, 'scenario-reps-unit-unfit');
    expect(errors).toEqual([]);
  }, 120_000);
});
