import type { Limit } from '$lib/state/settings';

const range = (min: number, max: number, integer = false): Limit => ({ min, max, integer });

/**
 * What the behaviour panel accepts per field: the ranges of the scenario file's `behaviour`
 * section, with upper bounds where the file has none (beyond them results stop making sense).
 */
export const fieldLimits = {
  share: range(0, 1),
  bias: range(-1, 1),
  noise: range(0, 2),
  riskA: range(0, 100),
  rho: range(0, 20),
  wealth: range(0.001, 100),
  maxLift: range(0, 2),
  effortCost: range(0.0001, 1),
  hagglingCost: range(0, 1),
  timingCost: range(0, 100),
  years: range(1, 10, true),
  unitCost: range(0, 10),
} satisfies Record<string, Limit>;
