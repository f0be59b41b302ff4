import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, typeInto, useBrowser } from './harness';

const runStatus = (page: Page) => page.locator('[data-testid="run-status"]');
const panel = (page: Page) => page.locator('section[aria-labelledby="behaviour-settings-title"]');
const runButton = (page: Page) => page.locator('[data-testid="behaviour-run"]');
const invalidLine = (page: Page) => panel(page).getByText(en['behaviour.invalid']);

/** The behaviour panel's field of that label. */
const field = (page: Page, label: string) => panel(page).getByLabel(label, { exact: true });

async function openBehaviour(page: Page): Promise<void> {
  await runStatus(page).and(page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
  await page.locator('nav a[href$="behaviour"]').click();
  await runButton(page).waitFor();
}

/** Fields the panel marks red beyond their range, with a value beyond it and a good one. */
const outOfRange = [
  { label: en['behaviour.hagglingCost'], bad: '1.5', good: '0.0025' },
  { label: en['behaviour.timingCost'], bad: '1000', good: '0.5' },
  { label: en['behaviour.maxLift'], bad: '300', good: '20' },
  { label: en['behaviour.noise'], bad: '300', good: '0' },
  { label: en['behaviour.bias'], bad: '150', good: '0' },
  { label: en['economics.margin'], bad: '150', good: '30' },
  { label: en['economics.overCost'], bad: '150', good: '10' },
];

describe('the behaviour panel with a value out of range', () => {
  const app = useBrowser();

  it('turns Run off and says why for each field typed beyond its range', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await openBehaviour(page);
    expect(await runButton(page).isEnabled()).toBe(true);

    for (const { label, bad, good } of outOfRange) {
      const input = field(page, label);
      await typeInto(input, bad, { leave: false });
      expect(await input.getAttribute('aria-invalid'), label).toBe('true');
      expect(await runButton(page).isDisabled(), label).toBe(true);
      expect(await invalidLine(page).isVisible(), label).toBe(true);
      if (label === en['behaviour.hagglingCost'])
        await screenshot(page, 'behaviour-limit-haggling');

      await typeInto(input, good, { leave: false });
      expect(await input.getAttribute('aria-invalid'), label).toBe('false');
      expect(await runButton(page).isEnabled(), label).toBe(true);
      expect(await invalidLine(page).count(), label).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('starts no run when Enter is pressed in a field out of range', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await openBehaviour(page);
    await typeInto(field(page, en['behaviour.hagglingCost']), '1.5', { leave: false });
    await page.keyboard.press('Enter');
    // Nothing runs on this screen: no progress line appears and the empty state stays.
    await page.getByText(en['behaviour.empty']).waitFor();
    expect(await page.locator('.intro [role="status"]').count()).toBe(0);
    expect(await page.locator('[data-testid="behaviour-statement"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a behaviour run that was stopped', () => {
  const app = useBrowser();

  it('says who stopped it and marks the results on show as the previous run’s', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await openBehaviour(page);
    await runButton(page).click();
    const outcome = page.locator('.outcome');
    await page.locator('[data-testid="behaviour-statement"]').waitFor({ timeout: 110_000 });
    expect(await outcome.getAttribute('data-previous')).toBe('false');

    // A long run: many trials, ten years.
    await page.locator('nav a').first().click();
    await page.locator('[data-testid="setting-trials"]').fill('40000');
    await page.locator('[data-testid="setting-trials"]').press('Tab');
    await page.locator('nav a[href$="behaviour"]').click();
    await typeInto(field(page, en['behaviour.years']), '10', { leave: false });
    await runButton(page).click();
    await page.getByRole('button', { name: en['behaviour.cancel'] }).click();
    const stopped = page.locator('[data-testid="behaviour-stopped"]');
    await stopped.waitFor();
    expect(await stopped.textContent()).toBe(en['behaviour.stopped.user']);
    expect(await page.locator('[data-testid="behaviour-previous"]').textContent()).toContain(
      en['behaviour.stopped.previous'],
    );
    expect(await outcome.getAttribute('data-previous')).toBe('true');
    expect(await outcome.evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(1);
    await screenshot(page, 'behaviour-stopped-by-user');

    // Run again, then start a run on Compare: it takes the workers.
    await runButton(page).click();
    await page.getByRole('button', { name: en['behaviour.cancel'] }).waitFor();
    await page.locator('nav a').first().click();
    await page.locator('[data-testid="run-button"]').click();
    await page.locator('nav a[href$="behaviour"]').click();
    await stopped.waitFor();
    expect(await stopped.textContent()).toBe(
      en['behaviour.stopped.screen'].replace('{{screen}}', en['nav.compare']),
    );
    expect(await outcome.getAttribute('data-previous')).toBe('true');
    await screenshot(page, 'behaviour-stopped-by-compare');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
