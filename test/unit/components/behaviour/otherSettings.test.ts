import { describe, expect, it } from 'vitest';
import { otherSettings } from '../../../../src/lib/components/behaviour/otherSettings';
import { selfSet } from '../../../../src/lib/engine/schemes/selfSet';

const ran = { schemes: [selfSet(0.05, 'zero')], seed: 7, trials: 4000 };

describe('otherSettings', () => {
  it('is false for the same schemes, seed and trials, even as fresh copies', () => {
    expect(otherSettings(ran, structuredClone(ran))).toBe(false);
  });

  it("is true once Compare's rate, seed or trials differ from the run's", () => {
    expect(otherSettings(ran, { ...ran, schemes: [selfSet(0.1, 'zero')] })).toBe(true);
    expect(otherSettings(ran, { ...ran, seed: 8 })).toBe(true);
    expect(otherSettings(ran, { ...ran, trials: 2000 })).toBe(true);
  });
});
