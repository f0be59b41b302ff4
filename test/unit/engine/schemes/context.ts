import { planContext } from '$lib/engine/plan';
import type { PlanContext } from '$lib/engine/schemes/module';
import { rep } from '../helpers';

/** A plan context of `reps` identical reps with these expected sales per period. */
export function oneRepContext(mean: number[], reps = 1, sigma = 0.2, seed = 1): PlanContext {
  const models = Array.from({ length: reps }, (_, r) => rep(`r${r}`, mean, sigma));
  return planContext(seed, models, mean.length);
}
