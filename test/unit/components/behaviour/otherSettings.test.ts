import { describe, expect, it } from 'vitest';
import { otherSettings } from '../../../../src/lib/components/behaviour/otherSettings';
import { selfSet } from '../../../../src/lib/engine/schemes/selfSet';

const company = { margin: 0.3, overCost: 0.1, underCost: 0.3 };
const ran = { schemes: [selfSet(0.05, 'zero')], seed: 7, trials: 4000, company };

describe('otherSettings', () => {
  it('is false for the same schemes, seed, trials and economics, even as fresh copies', () => {
    expect(otherSettings(ran, structuredClone(ran))).toBe(false);
  });

  it("is true once Compare's rate, seed or trials differ from the run's", () => {
    expect(otherSettings(ran, { ...ran, schemes: [selfSet(0.1, 'zero')] })).toBe(true);
    expect(otherSettings(ran, { ...ran, seed: 8 })).toBe(true);
    expect(otherSettings(ran, { ...ran, trials: 2000 })).toBe(true);
  });

  it('is true once the margin or a forecast cost differs from the run’s, on either screen', () => {
    expect(otherSettings(ran, { ...ran, company: { ...company, margin: 0.4 } })).toBe(true);
    expect(otherSettings(ran, { ...ran, company: { ...company, overCost: 0.2 } })).toBe(true);
    expect(otherSettings(ran, { ...ran, company: { ...company, underCost: 0.5 } })).toBe(true);
  });
});
