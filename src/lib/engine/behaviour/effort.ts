/**
 * Effort (domain.md §5): intensity e ≥ 0 multiplies expected sales by g(e) = 1 + L·(1 − e^(−e))
 * — each further step buys less, and no effort lifts sales by more than L — at a money cost
 * of c·s·e² per period, s the period's expected sales: convex, and on the rep's own scale.
 */
import type { EffortSettings } from './types';
import { expm1 } from '../portableMath';

export function effortLift(effort: EffortSettings, e: number): number {
  return 1 - effort.maxLift * expm1(-e);
}

/** Cost per unit of expected sales: c·e². */
export function effortCost(effort: EffortSettings, e: number): number {
  return effort.cost * e * e;
}
