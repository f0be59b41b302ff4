/** A haggling a scheme carries, by its path in the scheme ('haggling', 'quota.haggling'). */
export interface HagglingPlace {
  path: string;
  haggling: Readonly<Record<string, unknown>>;
}

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Where a scheme, or a draft of one, haggles: a haggled quota's own haggling, or the haggling
 * of a quota set by haggling (a bonus grid's, a letter's). Every one haggles by the same model,
 * so the page holds each to the haggling fields' ranges, not only the one its panel shows.
 */
export function hagglingPlaces(scheme: Readonly<Record<string, unknown>>): HagglingPlace[] {
  const places: HagglingPlace[] = [];
  if (scheme.kind === 'haggled-quota' && isRecord(scheme.haggling)) {
    places.push({ path: 'haggling', haggling: scheme.haggling });
  }
  const quota = scheme.quota;
  if (isRecord(quota) && quota.kind === 'haggled' && isRecord(quota.haggling)) {
    places.push({ path: 'quota.haggling', haggling: quota.haggling });
  }
  return places;
}
