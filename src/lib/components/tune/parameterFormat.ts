import type { SweepParameter } from '$lib/engine/sweep';
import type { NumberKind } from '$lib/i18n/format';
import { isMessageKey, t } from '$lib/i18n/i18n.svelte';

/** Parameters that are amounts of money; every other one is a share or a plain number. */
const amounts = new Set(['basePay']);
/** Parameters that are plain numbers (a power in [0, 1], a log-sd). */
const plain = new Set(['haggling.bossPower', 'haggling.bossNoise']);

/** How values of a parameter read: rates and shares as percentages, pay as money. */
export function parameterKind(parameter: SweepParameter): NumberKind {
  if (amounts.has(parameter)) return 'money';
  if (plain.has(parameter)) return 'decimal';
  return 'percent';
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
