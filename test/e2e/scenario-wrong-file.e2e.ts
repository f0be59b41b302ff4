import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

describe('a file opened as a scenario that is none', () => {
  const app = useBrowser();

  it('says in Chinese that a sales table belongs in Import, and where a JSON slip is', async () => {
    const { page, errors } = await openPage(app.browser, app.url, 'zh-CN');
    await page.waitForSelector('[data-testid="run-status"][data-state="done"]', {
      timeout: 60_000,
    });
    const open = page.locator('[data-testid="open-scenario"]');
    const said = page.locator('[data-testid="scenario-errors"]');

    const table = 'rep,date,sales\nAnn,2024-01-01,5000\nBob,2024-01-01,-200\n';
    await open.setInputFiles({
      name: 'refunds.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(table),
    });
    await said.waitFor({ timeout: 10_000 });
    expect(await said.textContent()).toContain(`refunds.csv: ${zhCN['problem.notScenario']}`);

    const slip = '{"name": "x", "seed": 1,}';
    await open.setInputFiles({
      name: 'trailing_comma.json',
      mimeType: 'application/json',
      buffer: Buffer.from(slip),
    });
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="scenario-errors"]')
          ?.textContent?.includes('trailing'),
      undefined,
      { timeout: 10_000 },
    );
    const text = (await said.textContent()) ?? '';
    const column = slip.lastIndexOf(',') + 1;
    expect(text).toContain(
      `trailing_comma.json: 不是有效的 JSON：第 1 行第 ${column} 列：${zhCN['problem.what.jsonTrailingComma']}`,
    );
    // Nothing of the parser's English is left in the Chinese message.
    expect(text).not.toMatch(/Expected|Unexpected|position/);
    await screenshot(page, 'scenario-wrong-file-zh');
    expect(errors).toEqual([]);
  });
});
