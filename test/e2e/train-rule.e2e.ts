import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { openPage, screenshot, useBrowser } from './harness';

describe('the training screen for a rep who has read nothing else', () => {
  const app = useBrowser();

  it('states the pay rule in one sentence first, and names no essay nor formula', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}train`, 'zh-CN');
    const rule = page.getByTestId('train-rule');
    await rule.waitFor({ timeout: 60_000 });

    // The sample scenario's self-set scheme: t = 5%, twice t per unit short, floor at 0.
    const said = zhCN['train.rule']
      .replace('{{beta}}', '5%')
      .replace('{{above}}', zhCN['train.rule.nothingAbove'])
      .replace('{{gamma}}', '10%')
      .replace('{{floor}}', zhCN['train.rule.floor.zero']);
    expect((await rule.textContent())?.trim()).toBe(said);

    const text = await page.locator('main').innerText();
    expect(text).not.toContain('文章');
    expect(text).not.toContain('E[Z]');
    // The game's note writes the alternatives as the buttons do, with a true minus.
    expect(text).toContain('−20%');
    expect(text).not.toMatch(/-20%/);
    await screenshot(page, 'train-rule-zh');
    expect(errors).toEqual([]);
  });
});
