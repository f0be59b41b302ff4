import type { Limit } from '$lib/state/settings';

/**
 * The rep the Schemes screen draws its curves for. Expected sales must be above 0 (a lognormal
 * has no median at or below it) and a volatility or target at least 0; the upper bounds only
 * keep a slip of the finger (an extra row of zeros) from drawing nothing readable.
 */
export const pointLimits = {
  expected: { min: 0.01, max: 1e12, integer: false },
  sigma: { min: 0, max: 5, integer: false },
  target: { min: 0, max: 1e12, integer: false },
} satisfies Record<string, Limit>;

export type PointRead = { ok: true; value: number | undefined } | { ok: false };

/**
 * A typed entry of a curve-point field: a number within `limit`, or nothing when the field is
 * `optional` and left empty (the target: each rep's own best one). Anything else is refused,
 * and the page keeps drawing the last accepted value.
 */
export function readPointField(raw: string, limit: Limit, optional = false): PointRead {
  const text = raw.trim();
  if (text === '') return optional ? { ok: true, value: undefined } : { ok: false };
  const value = Number(text);
  const within = Number.isFinite(value) && value >= limit.min && value <= limit.max;
  return within ? { ok: true, value } : { ok: false };
}
