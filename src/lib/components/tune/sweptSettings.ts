import { parameterValue, withParameter, type SweepParameter } from '$lib/engine/sweep';
import type { Scheme } from '$lib/engine/types';

/** What a finished sweep ran on (SweepResult), as far as Compare's settings reach it. */
export interface SweptOn {
  base: Scheme;
  parameter: SweepParameter;
  seed: number;
  trials: number;
}

/**
 * True when Compare's settings have changed what the sweep ran on: the seed, the trials, or
 * the swept scheme as they now make it (`current`, that scheme with the settings applied: a
 * floor, a base pay, the haggling). The swept parameter is set to the sweep's own value
 * first, since the sweep sets it at every point: a sweep of t does not go stale with Compare's t.
 */
export function sweptOnOtherSettings(
  swept: SweptOn,
  current: Scheme | undefined,
  run: { seed: number; trials: number },
): boolean {
  if (swept.seed !== run.seed || swept.trials !== run.trials) return true;
  if (current?.id !== swept.base.id || current.kind !== swept.base.kind) return true;
  try {
    const value = parameterValue(swept.base, swept.parameter);
    return same(withParameter(current, swept.parameter, value), swept.base) === false;
  } catch {
    // The scheme now has no such parameter to set (a rate of 0 cannot be scaled).
    return true;
  }
}

// Numbers to 12 digits: scaling a rate to the sweep's value and back leaves a last-bit error.
function same(a: Scheme, b: Scheme): boolean {
  const text = (s: Scheme) =>
    JSON.stringify(s, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v));
  return text(a) === text(b);
}
