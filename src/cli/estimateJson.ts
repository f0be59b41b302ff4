import type { Estimate } from '../lib/engine/types';

/** A number for JSON: null where there is none (JSON itself would turn NaN into null too). */
export const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

/** Mean and standard error only, null where the figure does not exist. */
export const estimate = ({ mean, se }: Estimate) => ({
  mean: finiteOrNull(mean),
  se: finiteOrNull(se),
});
