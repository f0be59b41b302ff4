import { describe, expect, it } from 'vitest';
import { normalCdf } from '../normalCdf';

// Reference values of Φ computed independently as erfc(−x/√2)/2 with the C library's erfc.
const TABLE: [number, number][] = [
  [0, 0.5],
  [1, 0.8413447460685429],
  [-1.96, 0.024997895148220435],
  [3, 0.9986501019683699],
  [-5, 2.866515718791939e-7],
  [-8, 6.220960574271785e-16],
];

describe('normalCdf', () => {
  it('normalCdf matches tabulated values of Φ to 1e-15', () => {
    for (const [x, p] of TABLE) expect(Math.abs(normalCdf(x) - p)).toBeLessThan(1e-15);
  });

  it('normalCdf(x) + normalCdf(−x) is 1', () => {
    for (let x = 0; x < 9; x += 0.37) {
      expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
    }
  });

  it('normalCdf saturates at 0 and 1 far out and at infinity', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-40)).toBe(0);
  });
});
