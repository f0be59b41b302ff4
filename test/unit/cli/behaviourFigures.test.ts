import { describe, expect, it } from 'vitest';
import { difference, estimate, figure } from '../../../src/cli/behaviourFigures';
import { NONE } from '../../../src/cli/format';

describe('the behaviour tables’ figures on the command line', () => {
  it('figure writes three significant digits below 100 and whole units above', () => {
    expect(figure(2.1744e-8)).toBe('0.0000000217');
    expect(figure(0.099154)).toBe('0.0992');
    expect(figure(1652.2)).toBe('1,652');
    expect(figure(14.683, true)).toBe('+14.7');
    expect(figure(Number.NaN)).toBe(NONE);
  });

  it('estimate writes the figure to its se’s leading digit and noise as ± 0', () => {
    expect(estimate({ mean: 0.086316, se: 1.8459e-20 })).toBe('0.0863 ± 0');
    expect(estimate({ mean: 163.88, se: 0.6247 })).toBe('163.9 ± 0.625');
    expect(estimate({ mean: 163.88, se: 6.247 })).toBe('164 ± 6.25');
    expect(estimate({ mean: 5.3489e-6, se: 6.7629e-8 }, true)).toBe('+0.00000535 ± 0.0000000676');
    expect(estimate({ mean: Number.NaN, se: 0 })).toBe(NONE);
  });

  it('difference reads 0 where it is rounding error next to the figures compared', () => {
    expect(difference({ mean: 5.3054e-15, se: 8.9453e-15 }, 1652.2)).toBe('0 ± 0');
    expect(difference({ mean: -0.00052807, se: 0.000087 }, 0.086316)).toBe('-0.000528 ± 0.000087');
    expect(difference({ mean: 208.31, se: 3.7225 }, 301.13)).toBe('+208 ± 3.72');
  });
});
