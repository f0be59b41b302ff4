import { describe, expect, it } from 'vitest';
import { companyFields } from '$lib/components/behaviour/panelFields';
import { economicsFields } from '$lib/components/exec/economicsFields';
import { en } from '$lib/i18n/en';
import { zhCN } from '$lib/i18n/zh-CN';

describe('the planning costs on the behaviour panel', () => {
  it('companyFields shows the planning costs in %, as the margin and the Compare screen do', () => {
    const costs = companyFields.filter((f) => f.key !== 'margin');
    expect(costs.map((f) => f.key)).toEqual(['overCost', 'underCost']);
    for (const field of costs) expect(field.percent, field.key).toBe(true);
  });

  it("companyFields are Compare's own margin and cost fields, under the same names", () => {
    for (const field of companyFields) {
      const compare = economicsFields.find((f) => f.key === field.key);
      expect(field, field.key).toEqual(compare);
    }
    expect(companyFields.map((f) => f.key)).toEqual(['margin', 'overCost', 'underCost']);
  });

  it('the planning cost help names the unit and no internal wording', () => {
    const keys = ['economics.overCostHelp', 'economics.underCostHelp'] as const;
    for (const key of keys) {
      expect(en[key], key).toContain('%');
      expect(en[key], key).not.toContain('domain');
      expect(zhCN[key], key).toContain('%');
    }
  });
});
