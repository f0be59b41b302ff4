import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/lib/engine';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, typeInto, useBrowser } from './harness';

const save = (page: Page) => page.locator('[data-testid="save-scenario"]');
const share = (page: Page) => page.locator('[data-testid="share"]');
const note = (page: Page) => page.locator('[data-testid="exec-unsettled"]');

describe('saving or sharing a scenario while a setting is out of its range', () => {
  const app = useBrowser();

  it('waits until the flagged setting is fixed, then saves a file that opens again', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    const rate = page.locator('[data-testid="setting-rate"]');

    await typeInto(rate, '-3');
    expect(await save(page).isDisabled()).toBe(true);
    expect(await share(page).isDisabled()).toBe(true);
    expect(await note(page).textContent()).toContain(en['exec.unsettled']);
    expect(await save(page).getAttribute('aria-describedby')).toBe('exec-unsettled');
    await screenshot(page, 'save-unsettled');

    await typeInto(rate, '6');
    expect(await note(page).count()).toBe(0);
    // A file holds the results' settings: those of a run not made yet wait for it.
    expect(await save(page).isDisabled()).toBe(true);
    await page.locator('[data-testid="run-button"]').click();
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 90_000,
    });
    const [download] = await Promise.all([page.waitForEvent('download'), save(page).click()]);
    const parsed = parseScenario(readFileSync((await download.path())!, 'utf8'), 'scenario.json');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const selfSet = parsed.scenario.schemes.find((s) => s.kind === 'truth-telling');
    expect(selfSet && selfSet.beta).toBeCloseTo(0.06, 12);

    // A value out of range on the Behaviour screen would be written into the file too.
    await page.locator('nav a[href$="behaviour"]').click();
    const panel = page.locator('section[aria-labelledby="behaviour-settings-title"]');
    await typeInto(panel.getByLabel(en['behaviour.bias'], { exact: true }), '150');
    await page.getByRole('link', { name: en['nav.compare'], exact: true }).click();
    await save(page).waitFor();
    expect(await save(page).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
