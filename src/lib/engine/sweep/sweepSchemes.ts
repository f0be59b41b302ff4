import type { Scheme } from '../types';
import { withParameter, type SweepParameter } from './parameters';

/**
 * `points` evenly spaced values from `from` to `to`, both included (one point: `from`). Each is
 * rounded to 12 significant digits so that 0.01 + 0.04/4 is the rate 0.02 a user typed, not
 * 0.020000000000000004: the value simulated is the value shown and exported.
 */
export function linearGrid(from: number, to: number, points: number): number[] {
  if (!Number.isInteger(points) || points < 1) {
    throw new RangeError(`a grid needs a whole number of points ≥ 1, saw ${points}`);
  }
  if (points === 1) return [from];
  return Array.from({ length: points }, (_, k) =>
    k === points - 1 ? to : Number((from + ((to - from) * k) / (points - 1)).toPrecision(12)),
  );
}

/** Separator of the ids of sweep variants: `${scheme id}@${grid index}`. */
export const VARIANT_SEPARATOR = '@';

/**
 * One variant of `base` per grid value, to be simulated as the schemes of a single plan: every
 * variant is then paid on the same draws of sales (common random numbers), and haggled quotas
 * meet the same boss, so the curve across the grid carries no noise from point to point.
 */
export function sweepSchemes(base: Scheme, parameter: SweepParameter, values: number[]): Scheme[] {
  return values.map((value, k) => ({
    ...withParameter(base, parameter, value),
    id: `${base.id}${VARIANT_SEPARATOR}${k}`,
  }));
}
