import { describe, expect, it } from 'vitest';
import type { Scheme } from '../../../src/lib/engine/types';
import { deductsFromNothing } from '../../../src/lib/state/settings';

const selfSet = (floor: 'zero' | 'deduct', basePay: number): Scheme => ({
  kind: 'truth-telling',
  id: 'self-set',
  label: 'Self-set',
  alpha: 0,
  beta: 0.05,
  gamma: 0.1,
  floor,
  basePay,
});

describe('deductsFromNothing', () => {
  it('deductsFromNothing is true for a deduct floor on a base pay of 0', () => {
    expect(deductsFromNothing([selfSet('deduct', 0)])).toBe(true);
  });

  it('deductsFromNothing is false with a base pay to deduct from, or another floor', () => {
    expect(deductsFromNothing([selfSet('deduct', 500)])).toBe(false);
    expect(deductsFromNothing([selfSet('zero', 0)])).toBe(false);
    expect(deductsFromNothing([])).toBe(false);
  });
});
