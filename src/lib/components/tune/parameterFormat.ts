import { parameterUnit, type ParameterUnit, type SweepParameter } from '$lib/engine/sweep';
import type { NumberKind } from '$lib/i18n/format';
import { isMessageKey, t } from '$lib/i18n/i18n.svelte';
import type { Limit } from '$lib/state/settings';

const kinds: Record<ParameterUnit, NumberKind> = {
  percent: 'percent',
  money: 'money',
  count: 'count',
  decimal: 'decimal',
};

/** How values of a parameter read: rates and shares as percentages, pay as money. */
export function parameterKind(parameter: SweepParameter): NumberKind {
  return kinds[parameterUnit(parameter)];
}

/** What From and To may hold: up to 1,000% for a share, whole periods for a count. */
export function parameterLimit(parameter: SweepParameter): Limit {
  const unit = parameterUnit(parameter);
  if (unit === 'percent') return { min: 0, max: 10, integer: false };
  if (unit === 'count') return { min: 1, max: 120, integer: true };
  return { min: -1e12, max: 1e12, integer: false };
}

/** How a solved value reads: rates to four significant digits, so 3.565% is not 3.6%. */
export function preciseKind(parameter: SweepParameter): NumberKind {
  const kind = parameterKind(parameter);
  return kind === 'percent' ? 'percentPrecise' : kind;
}

/** The parameter's name in the current language; a field the app has no name for reads as is. */
export function parameterLabel(parameter: SweepParameter): string {
  const key = `param.${parameter}`;
  return isMessageKey(key) ? t(key) : parameter;
}
