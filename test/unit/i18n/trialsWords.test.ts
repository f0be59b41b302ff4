import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../src/lib/i18n/zh-CN';

describe('the Chinese help for the number of trials', () => {
  // A trial is a whole simulated horizon; in the words the Data card uses for the data's grain
  // or its count of periods, 4,000 trials would read as 4,000 simulated periods.
  it('does not use the words the page uses for the data’s periods', () => {
    const help = zhCN['settings.trialsHelp'];
    expect(help).not.toContain(zhCN['data.grain']);
    expect(help).not.toContain(zhCN['data.periods']);
  });

  it('calls a trial one whole simulated horizon and says intervals shrink with its root', () => {
    const help = zhCN['settings.trialsHelp'];
    expect(help).toContain('整个模拟期');
    expect(help).toContain('平方根');
  });
});
