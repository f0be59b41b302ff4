import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, projectRoot, screenshot, useBrowser } from './harness';
import { waitForState } from './reliability-helpers';

const picker = (page: Page) => page.locator('#data-currency');
const payout = (page: Page) => page.locator('[data-testid="metric-self-set-payoutMean"]');

/** Opens a shipped scenario file and waits for its run to finish. */
async function openScenario(page: Page, name: string): Promise<void> {
  await page
    .locator('[data-testid="open-scenario"]')
    .setInputFiles(join(projectRoot, 'scenarios', name));
  await page.locator('[data-testid="exec-context"]').getByText('own reps').waitFor();
  await waitForState(page, 'done');
}

describe('the unit of the figures across reloads', () => {
  const app = useBrowser();

  it('the currency picked for the data is the one shown after a reload', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done');
    await picker(page).selectOption('USD');
    expect(await payout(page).innerText()).toContain('$');

    // No wait: a change not yet kept is written as the page goes away.
    await page.reload();
    await waitForState(page, 'done');
    expect(await picker(page).inputValue()).toBe('USD');
    expect(await payout(page).innerText()).toContain('$');
    await screenshot(page, 'currency-kept-reload');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a scenario's own unit is not kept as the data's", async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done');
    await picker(page).selectOption('EUR');
    // Its one rep is counted in plain numbers, and shown so while it runs.
    await openScenario(page, 'reference-lognormal.json');
    expect(await picker(page).inputValue()).toBe('none');

    await page.reload();
    await waitForState(page, 'done');
    expect(await picker(page).inputValue()).toBe('EUR');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
