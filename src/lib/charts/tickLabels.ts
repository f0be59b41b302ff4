import type { NumberKind } from '$lib/i18n/format';
import { fmt } from '$lib/i18n/i18n.svelte';

/**
 * An axis's ticks labelled as `kind` writes figures; compact ones all in the unit of the largest
 * tick, so that 5,000 beside 10,000 reads 0.5万 beside 1万, not 5000.
 */
export function tickLabels<T extends { value: number }>(
  ticks: readonly T[],
  kind: NumberKind,
): (T & { label: string })[] {
  const top = Math.max(...ticks.map((tick) => Math.abs(tick.value)));
  return ticks.map((tick) => ({ ...tick, label: fmt(tick.value, kind, { unitOf: top }) }));
}
