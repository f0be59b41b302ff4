import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useBrowser } from './harness';

/** The sample's schemes with a behaviour section: every rep strategic, beliefs 20% low. */
const scenario = {
  name: 'Behaviour settings from the file',
  seed: 11,
  trials: 400,
  data: { source: 'sample' },
  schemes: [
    { kind: 'self-set', id: 'self-set', rate: 0.05, floor: 'zero' },
    { kind: 'haggled-quota', id: 'haggled-quota', performancePayShare: 0.05 },
  ],
  baseline: 'self-set',
  behaviour: { naiveShare: 0, belief: { bias: -0.2 } },
};

/** Opens a scenario on Compare, as a user picks a file, and waits for its run. */
async function openScenario(page: Page, scenario: { seed: number }): Promise<void> {
  const done = '[data-testid="run-status"][data-state="done"]';
  await page.waitForSelector(done, { timeout: 60_000 });
  await page.locator('[data-testid="open-scenario"]').setInputFiles({
    name: 'scenario.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await page.waitForFunction(
    (seed) => document.querySelector('[data-testid="run-seed"]')?.textContent === String(seed),
    scenario.seed,
    { timeout: 60_000 },
  );
  await page.waitForSelector(done, { timeout: 60_000 });
}

describe("the behaviour screen and a scenario file's behaviour section", () => {
  const app = useBrowser();

  it('shows and runs with the settings of an opened file and saves what the panel holds', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'en-US');
    await openScenario(page, scenario);

    await page.locator('nav a[href$="behaviour"]').click();
    const naive = page.getByLabel('Naive reps', { exact: false });
    const bias = page.getByLabel('Belief bias', { exact: false });
    expect(await naive.inputValue()).toBe('0');
    expect(await bias.inputValue()).toBe('-20');

    await page.locator('[data-testid="behaviour-run"]').click();
    const statement = page.locator('[data-testid="behaviour-statement"]');
    await statement.waitFor({ timeout: 120_000 });
    // No naive reps: all 30 of the sample's reps are strategic.
    expect(await statement.textContent()).toMatch(/30 of 30/);
    await screenshot(page, 'behaviour-scenario-settings');

    await bias.fill('10');
    await page.getByLabel('Reps shift deals between periods').uncheck();
    await page.locator('nav a[href$="/"]').first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="save-scenario"]'),
    ]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(saved.behaviour.naiveShare).toBe(0);
    expect(saved.behaviour.belief.bias).toBeCloseTo(0.1, 10);
    expect(saved.behaviour.timing.enabled).toBe(false);
    expect(errors).toEqual([]);
  });

  for (const locale of ['en-US', 'zh-CN']) {
    it(`marks – what the model does not cover and says why, in ${locale}`, async () => {
      const { page, errors } = await openPage(app.browser, app.url, locale);
      const library = JSON.parse(readFileSync('scenarios/scheme-library.json', 'utf8'));
      await openScenario(page, { ...library, trials: 400, seed: 5 });

      await page.locator('nav a[href$="behaviour"]').click();
      await page.locator('[data-testid="behaviour-run"]').click();
      await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: 120_000 });
      const kinds: string[] = library.schemes.map((s: { kind: string }) => s.kind);
      const rows = page.locator('[data-testid="behaviour-table"] tbody tr');
      for (const [i, kind] of kinds.entries()) {
        const cells = await rows.nth(i).locator('td').allTextContents();
        // Lift, extra sales, pulled, pushed and gave up.
        const moves = [0, 2, 5, 6, 7].map((c) => cells[c]);
        const covered = ['truth-telling', 'self-set', 'haggled-quota'];
        if (covered.includes(kind)) expect(moves, kind).not.toContain('–');
        else expect(moves, kind).toEqual(['–', '–', '–', '–', '–']);
      }
      const note = page.locator('[data-testid="behaviour-unmodelled"]');
      await expect(note.count()).resolves.toBe(1);
      // The haggled quota's boss errs by default: here its errors are one draw for the run.
      const once = await page.locator('[data-testid="behaviour-boss-once"]').innerText();
      expect(once).toContain(locale === 'en-US' ? 'Haggled quota: quotas' : '讨价还价定额：');
      await note.scrollIntoViewIfNeeded();
      await screenshot(page, `behaviour-unmodelled-${locale}`);
      expect(errors).toEqual([]);
    });
  }
});
