import { fmt, t, type MessageKey } from '$lib/i18n/i18n.svelte';
import { isValid, limits, valueOf, type NumericSetting, type Settings } from '$lib/state/settings';

/** Each numeric setting's field label, as the settings panel and the assumptions name it. */
const labels: Record<NumericSetting, MessageKey> = {
  rate: 'settings.rate',
  basePay: 'settings.basePay',
  repOpening: 'settings.repOpening',
  bossOpening: 'settings.bossOpening',
  bossPower: 'settings.bossPower',
  bossNoise: 'settings.bossNoise',
  growth: 'settings.growth',
  trials: 'settings.trials',
  seed: 'settings.seed',
  margin: 'economics.margin',
  overCost: 'economics.overCost',
  underCost: 'economics.underCost',
  riskAversion: 'economics.riskAversion',
};

/**
 * The fields whose settings are out of range (of `among`, else of all), by name: a link or file
 * may carry a value the panel refuses (a self-set rate over 100%), and "fix the fields marked
 * in red" alone does not say where to look when that field is folded away.
 */
export function settingsOutOfRange(
  settings: Settings,
  among: readonly NumericSetting[] = Object.keys(limits) as NumericSetting[],
): string[] {
  return among.filter((key) => !isValid(key, valueOf(settings, key))).map(settingName);
}

/** A setting's field label in the current language, without its unit. */
export function settingName(key: NumericSetting): string {
  return t(labels[key], { unit: '' }).replace(/\s*[(（]\s*[)）]$/, '');
}

// The settings the panel shows as percentages (a share of 0.05 typed as 5).
const percentSettings: ReadonlySet<NumericSetting> = new Set([
  'rate',
  'repOpening',
  'bossOpening',
  'growth',
  'margin',
  'overCost',
  'underCost',
]);

/** A setting's range as its field writes it: 0.01% and 100% for the rate. */
export function settingRange(key: NumericSetting): { min: string; max: string } {
  const { min, max, integer } = limits[key];
  const kind = percentSettings.has(key) ? 'percentPrecise' : integer ? 'count' : 'amount';
  return { min: fmt(min, kind), max: fmt(max, kind) };
}
