/**
 * Behaviour says, as Compare does, when a scheme's targets were written for other reps than
 * those it runs on: the condiment letter's fixed monthly targets on the sample's reps.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, openScenarioFile, projectRoot, screenshot, useBrowser } from './harness';

const id = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`);

async function runBehaviour(page: Page): Promise<void> {
  await page.locator('nav a[href$="behaviour"]').click();
  await page.click('[data-testid="behaviour-run"]');
  await id(page, 'behaviour-statement').waitFor({ timeout: 110_000 });
}

describe('Behaviour on targets that do not fit the reps', () => {
  const app = useBrowser();

  it('says so for the condiment letter on the sample, and where its own reps are', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await openScenarioFile(page, resolve(projectRoot, 'scenarios/condiment-2010.json'));
    const onCompare = id(page, 'outcome-targets-unfit');
    await onCompare.waitFor({ timeout: 60_000 });
    const range = /run from [\d.]+% to [\d.]+%/.exec((await onCompare.textContent()) ?? '')?.[0];
    expect(range).toBeDefined();
    await runBehaviour(page);
    const unfit = id(page, 'behaviour-targets-unfit');
    expect(await unfit.count()).toBe(1);
    // The same targets on the same reps as Compare's run.
    expect(await unfit.textContent()).toContain(`${range} of a rep’s expected sales`);
    expect(await id(page, 'behaviour-own-reps').textContent()).toContain(
      '“Run on the scenario’s reps”',
    );
    await screenshot(page, 'behaviour-targets-unfit');
    expect(errors).toEqual([]);
  }, 240_000);

  it('says nothing of targets the reps set themselves', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page
      .locator('[data-testid="run-status"][data-state="done"]')
      .waitFor({ timeout: 60_000 });
    await runBehaviour(page);
    expect(await id(page, 'behaviour-targets-unfit').count()).toBe(0);
    expect(await id(page, 'behaviour-own-reps').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 240_000);
});
