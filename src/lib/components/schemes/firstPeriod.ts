import type { Scheme } from '$lib/engine';

/**
 * The scheme as it pays in its first period: every fixed amount given per period (a letter's
 * four quarterly quotas, a product's twelve monthly targets) keeps only its first value. The
 * pay curve is one period's pay against that period's sales, so a scheme planned over several
 * periods is drawn for its first; the page says so (`hasPerPeriod`).
 */
export function firstPeriod(scheme: Scheme): Scheme {
  return firstOf(scheme) as Scheme;
}

/** True when some fixed amount of the scheme differs from period to period in length. */
export function hasPerPeriod(scheme: Scheme): boolean {
  return JSON.stringify(firstPeriod(scheme)) !== JSON.stringify(scheme);
}

function isPerPeriod(value: object): value is { kind: 'fixed'; values: number[] } {
  const v = value as { kind?: unknown; values?: unknown };
  return v.kind === 'fixed' && Array.isArray(v.values) && v.values.length > 1;
}

function firstOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(firstOf);
  if (typeof value !== 'object' || value === null) return value;
  if (isPerPeriod(value)) return { ...value, values: value.values.slice(0, 1) };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, firstOf(v)]));
}
