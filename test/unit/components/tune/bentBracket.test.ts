import { describe, expect, it } from 'vitest';
import { bentBracket } from '../../../../src/lib/components/tune/bentBracket';
import { solveBudget, type Budget, type SweepPoint } from '../../../../src/lib/engine/sweep';

/** A sweep from 0 to 2 at `count` values whose payout is f(value), with a standard error `se`. */
function sweep(f: (x: number) => number, count: number, se: number): SweepPoint[] {
  return Array.from({ length: count }, (_, k) => {
    const value = (2 * k) / (count - 1);
    const e = (mean: number) => ({ mean, se });
    return {
      value,
      payout: e(f(value)),
      sales: e(1000),
      share: e(f(value) / 1000),
      mape: e(0.1),
      within: e(0.4),
      hitRate: e(0.5),
    };
  });
}

const budget: Budget = { kind: 'amount', amount: 100 };
const answer = (points: SweepPoint[]) => {
  const solved = solveBudget(points, budget);
  if (solved.status !== 'solved') throw new Error('unsolved');
  return solved.value;
};

describe('bentBracket', () => {
  it('bentBracket finds none on a straight payout, which the line reads exactly', () => {
    const points = sweep((x) => 80 * x, 5, 0.5);
    expect(bentBracket(points, budget, answer(points))).toBeNull();
  });

  it('bentBracket gives the two grid values around an answer read off a bent curve', () => {
    // Payout 60·x²: the line between grid values overstates it, so the answer comes out low.
    const points = sweep((x) => 60 * x * x, 5, 0.5);
    const value = answer(points);
    expect(bentBracket(points, budget, value)).toEqual({ from: 1, to: 1.5 });
    expect(Math.sqrt(100 / 60)).toBeGreaterThan(value + 0.01);
  });

  it('bentBracket finds none where the Monte Carlo error is larger than the bend', () => {
    const points = sweep((x) => 60 * x * x, 5, 50);
    expect(bentBracket(points, budget, answer(points))).toBeNull();
  });
});
