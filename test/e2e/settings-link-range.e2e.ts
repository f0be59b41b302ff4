import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { openPage, screenshot, useBrowser } from './harness';
import { runState, waitForState } from './reliability-helpers';

const scenarioUrl = new URL('../../scenarios/essay-vs-haggling.json', import.meta.url);

/** A link to the built-in scenario with `trials` trials, as Copy link writes one. */
function linkWithTrials(trials: number, rate?: number): string {
  const scenario = { ...JSON.parse(readFileSync(scenarioUrl, 'utf8')), trials };
  if (rate !== undefined) scenario.schemes[0].rate = rate;
  const encoded = Buffer.from(JSON.stringify(scenario)).toString('base64url');
  return `#scenario=${encoded}&margin=0.3&overCost=0.1&underCost=0.3&riskAversion=0&currency=CNY`;
}

describe('a link or file whose settings the page would not run', () => {
  const app = useBrowser();
  const refusal = 'trials: expected an integer from 100 to 1000000 to run on this page';

  it('refuses a link with 99 or 1 trials at open, naming trials, and runs its own', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}${linkWithTrials(99)}`);
    const banner = page.locator('[data-testid="link-errors"]');
    await banner.waitFor({ timeout: 90_000 });
    expect(await banner.textContent()).toContain(`${refusal}, whose 95% intervals`);
    expect(await banner.textContent()).toContain('saw 99');
    await waitForState(page, 'done', 90_000);
    const ownTrials = String(JSON.parse(readFileSync(scenarioUrl, 'utf8')).trials);
    expect(await page.locator('[data-testid="setting-trials"]').inputValue()).toBe(ownTrials);
    await screenshot(page, 'settings-link-trials');

    // Pasted into the tab showing the app, a link with 1 trial is refused the same way.
    await page.evaluate((hash) => (window.location.hash = hash), linkWithTrials(1));
    await banner.getByText('saw 1', { exact: false }).waitFor();
    expect(await runState(page)).toBe('done');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a link with 100 trials, the least the Trials field takes, and runs it', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}${linkWithTrials(100)}`);
    await waitForState(page, 'done', 90_000);
    expect(await page.locator('[data-testid="link-errors"]').count()).toBe(0);
    expect(await page.locator('[data-testid="setting-trials"]').inputValue()).toBe('100');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a scenario file with 50 trials on the page, and keeps the scenario in use', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 90_000);
    const trialsBefore = await page.locator('[data-testid="setting-trials"]').inputValue();
    const file = { ...JSON.parse(readFileSync(scenarioUrl, 'utf8')), name: 'Quick', trials: 50 };
    await page.locator('[data-testid="open-scenario"]').setInputFiles({
      name: 'quick.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });

    const list = page.locator('[data-testid="scenario-errors"] li');
    await list.first().waitFor();
    expect(await list.allTextContents()).toEqual([
      `quick.json: ${refusal}, whose 95% intervals need at least 100 trials (the command ` +
        'line runs from 1), saw 50',
    ]);
    expect(await page.locator('[data-testid="setting-trials"]').inputValue()).toBe(trialsBefore);
    expect(await runState(page)).toBe('done');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a link with a rate of 200% at open, naming the field, and runs its own', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}${linkWithTrials(4000, 2)}`);
    const banner = page.locator('[data-testid="link-errors"]');
    await banner.waitFor({ timeout: 90_000 });
    expect(await banner.textContent()).toContain(
      'schemes[0].rate: expected a number from 0.0001 to 1 (0.01% to 100%) to run on this ' +
        'page, as its field “Commission rate t” takes',
    );
    expect(await banner.textContent()).toContain('saw 2');
    await waitForState(page, 'done', 90_000);
    const ownRate = 100 * JSON.parse(readFileSync(scenarioUrl, 'utf8')).schemes[0].rate;
    expect(Number(await page.locator('[data-testid="setting-rate"]').inputValue())).toBe(ownRate);
    await screenshot(page, 'settings-link-rate');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a link whose haggling the panel would refuse, in Chinese too', async () => {
    const scenario = JSON.parse(readFileSync(scenarioUrl, 'utf8'));
    Object.assign(scenario.schemes[1].haggling, { growth: -0.8, bossNoise: 3 });
    const encoded = Buffer.from(JSON.stringify(scenario)).toString('base64url');
    const { page, errors } = await openPage(app.browser, `${app.url}#scenario=${encoded}`, 'zh-CN');
    const list = page.locator('[data-testid="link-errors"] li');
    await list.first().waitFor({ timeout: 90_000 });
    const lines = await list.allTextContents();
    expect(lines.some((line) => line.includes('schemes[1].haggling.growth'))).toBe(true);
    expect(lines.join('\n')).toContain(
      '应为介于 -0.5 到 2（即 -50% 到 200%）之间的数字才能在本页运行，' +
        '与本页“要求的增长”字段的范围相同',
    );
    expect(lines.join('\n')).toContain('“上级的估计误差”');
    await waitForState(page, 'done', 90_000);
    await screenshot(page, 'settings-link-haggling-zh');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a scenario file with a rate of 0 on the page, and keeps its scenario', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 90_000);
    const rateBefore = await page.locator('[data-testid="setting-rate"]').inputValue();
    const file = JSON.parse(readFileSync(scenarioUrl, 'utf8'));
    file.schemes[0].rate = 0;
    await page.locator('[data-testid="open-scenario"]').setInputFiles({
      name: 'free.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });

    const list = page.locator('[data-testid="scenario-errors"] li');
    await list.first().waitFor();
    expect(await list.allTextContents()).toEqual([
      'free.json: schemes[0].rate: expected a number from 0.0001 to 1 (0.01% to 100%) to run ' +
        'on this page, as its field “Commission rate t” takes (the command line runs a wider ' +
        'range), saw 0',
    ]);
    expect(await page.locator('[data-testid="setting-rate"]').inputValue()).toBe(rateBefore);
    expect(await runState(page)).toBe('done');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('teaches nothing on Train from a typed rate of 200% that Compare refuses', async () => {
    const { page, errors } = await openPage(app.browser, app.url);
    await waitForState(page, 'done', 90_000);
    const rate = page.locator('[data-testid="setting-rate"]');
    await rate.fill('200');
    await rate.blur();
    await page.locator('nav a[href$="train"]').click();
    const refusal = page.locator('[data-testid="train-compare-invalid"]');
    await refusal.waitFor({ timeout: 90_000 });
    expect(await refusal.textContent()).toContain(en['settings.rate']);
    expect(await page.locator('[data-testid="lessons"]').count()).toBe(0);
    await screenshot(page, 'settings-rate-train');

    await page.locator('nav a[href$="tune"]').click();
    const tune = page.locator('[data-testid="tune-compare-invalid"]');
    await tune.waitFor();
    expect(await tune.textContent()).toContain(en['settings.rate']);
    expect(await page.locator('[data-testid="tune-run"]').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
