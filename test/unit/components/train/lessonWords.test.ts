import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/lib/i18n/en';
import { zhCN } from '../../../../src/lib/i18n/zh-CN';

// The marginal pay 2t·F(X) is a share of the extra unit sold (t at the median), as a
// commission's rate is; read as a share of pay it would promise a rep far more.
describe('the Do more lesson', () => {
  it('gives the pay for one more unit as a share of that unit, not of pay', () => {
    expect(en['lesson.more.body']).toMatch(/\{\{marginal\}\} of that unit/);
    expect(en['lesson.more.body']).not.toMatch(/of pay/);
  });

  it('says the same in Chinese: a share of that unit', () => {
    expect(zhCN['lesson.more.body']).toContain('该单位的 {{marginal}}');
    expect(zhCN['lesson.more.body']).not.toContain('{{marginal}} 的薪酬');
  });
});
