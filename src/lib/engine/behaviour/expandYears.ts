import type { RepModel } from '../types';

/**
 * Reps whose horizon is `years` copies of their calibrated periods back to back: later years
 * expect the same sales as the first, so what changes across years is only what reps and the
 * ratchet do.
 */
export function expandYears(reps: RepModel[], years: number): RepModel[] {
  if (!(Number.isInteger(years) && years >= 1)) throw new RangeError(`bad years ${years}`);
  if (years === 1) return reps;
  return reps.map((rep) => ({
    ...rep,
    mean: Array.from({ length: years }, () => rep.mean).flat(),
  }));
}
