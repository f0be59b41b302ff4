import { describe, expect, it } from 'vitest';
import { companyFields } from '$lib/components/behaviour/panelFields';
import { en } from '$lib/i18n/en';
import { zhCN } from '$lib/i18n/zh-CN';

describe('the planning costs on the behaviour panel', () => {
  it('companyFields shows the planning costs in %, as the margin and the Compare screen do', () => {
    const costs = companyFields.filter((f) => f.key !== 'margin');
    expect(costs.map((f) => f.key)).toEqual(['overCost', 'underCost']);
    for (const field of costs) expect(field.percent, field.key).toBe(true);
  });

  it('the planning cost help of both screens names the unit and no internal wording', () => {
    const keys = [
      'economics.overCostHelp',
      'economics.underCostHelp',
      'behaviour.overCost.help',
      'behaviour.underCost.help',
    ] as const;
    for (const key of keys) {
      expect(en[key], key).toContain('%');
      expect(en[key], key).not.toContain('domain');
      expect(zhCN[key], key).toContain('%');
    }
  });
});
