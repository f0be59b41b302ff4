import { PLANNING_COST } from '../engine/behaviour/behaviourSchema';
import { MAX_MAGNITUDE } from '../engine/schemes/schema/fields';
import { DEFAULT_ECONOMICS, type Economics } from '../engine/sweep';
import type { FloorPolicy, Haggling, Scheme } from '../engine/types';

/** What the settings panel edits; everything else comes from the scenario file. */
export interface Settings {
  /** Commission rate t of the self-set scheme (its β; α and γ keep their ratios to it). */
  rate: number;
  floor: FloorPolicy;
  /** Base pay per period of the self-set scheme, in the data's unit: what 'deduct' eats into. */
  basePay: number;
  haggling: Haggling;
  trials: number;
  seed: number;
  /** Margin and costs that turn a run into profit, planning cost and rep utility. */
  economics: Economics;
}

/**
 * The settings a run's figures depend on, as one string to compare: all but the economics,
 * which the page applies to a run's results without running again.
 */
export function runKey(settings: Settings): string {
  const { rate, floor, basePay, haggling, trials, seed } = settings;
  // Sorted: a scenario, a link and the panel may build the same haggling in another order.
  const model = Object.entries(haggling).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([rate, floor, basePay, model, trials, seed]);
}

/** t of the essay's self-set scheme (domain.md §1), for a scenario that sets none. */
export const DEFAULT_RATE = 0.05;

export type NumericSetting =
  'rate' | 'basePay' | keyof Haggling | 'trials' | 'seed' | keyof Economics;

export interface Limit {
  min: number;
  max: number;
  integer: boolean;
}

/** The ranges the panel accepts; the engine rejects worse values as programmer errors. */
export const limits: Record<NumericSetting, Limit> = {
  rate: { min: 0.0001, max: 1, integer: false },
  // A scheme file's bound on any amount.
  basePay: { min: 0, max: MAX_MAGNITUDE, integer: false },
  repOpening: { min: 0, max: 0.95, integer: false },
  bossOpening: { min: 0, max: 2, integer: false },
  bossPower: { min: 0, max: 1, integer: false },
  bossNoise: { min: 0, max: 2, integer: false },
  growth: { min: -0.5, max: 2, integer: false },
  trials: { min: 100, max: 1_000_000, integer: true },
  // The scenario file's range: any seed a file or link may carry can be typed here too.
  seed: { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true },
  margin: { min: 0, max: 1, integer: false },
  // The behaviour settings' range for the same company costs, so both screens accept the same.
  overCost: PLANNING_COST,
  underCost: PLANNING_COST,
  riskAversion: { min: 0, max: 20, integer: false },
};

/** True when `value` is a number within the limit. */
export function withinLimit(limit: Limit, value: number): boolean {
  const { min, max, integer } = limit;
  return (
    Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))
  );
}

/** True when `value` is a number the setting accepts. */
export function isValid(setting: NumericSetting, value: number): boolean {
  return withinLimit(limits[setting], value);
}

/** The current value of one numeric setting. */
export function valueOf(settings: Settings, key: NumericSetting): number {
  switch (key) {
    case 'rate':
    case 'basePay':
    case 'trials':
    case 'seed':
      return settings[key];
    case 'margin':
    case 'overCost':
    case 'underCost':
    case 'riskAversion':
      return settings.economics[key];
    default:
      return settings.haggling[key];
  }
}

/** The settings with one numeric setting replaced. */
export function withValue(settings: Settings, key: NumericSetting, value: number): Settings {
  switch (key) {
    case 'rate':
    case 'basePay':
    case 'trials':
    case 'seed':
      return { ...settings, [key]: value };
    case 'margin':
    case 'overCost':
    case 'underCost':
    case 'riskAversion':
      return { ...settings, economics: { ...settings.economics, [key]: value } };
    default:
      return { ...settings, haggling: { ...settings.haggling, [key]: value } };
  }
}

/** True when every numeric setting is in its range: only then may a run start. */
export function settingsValid(settings: Settings): boolean {
  return (Object.keys(limits) as NumericSetting[]).every((key) =>
    isValid(key, valueOf(settings, key)),
  );
}

/** The scenario's own choices as panel settings; the first self-set scheme speaks for t. */
export function settingsFrom(
  scenario: { schemes: Scheme[]; seed: number; trials: number },
  fallbackHaggling: Haggling,
  economics: Economics = DEFAULT_ECONOMICS,
): Settings {
  const selfSet = scenario.schemes.find((s) => s.kind === 'truth-telling');
  const quota = scenario.schemes.find((s) => s.kind === 'haggled-quota');
  return {
    rate: selfSet?.beta ?? DEFAULT_RATE,
    floor: selfSet?.floor ?? 'zero',
    basePay: selfSet?.basePay ?? 0,
    haggling: { ...(quota?.haggling ?? fallbackHaggling) },
    trials: scenario.trials,
    seed: scenario.seed,
    economics: { ...economics },
  };
}

/** Which of the panel's scheme settings act on `schemes` (see applySettings). */
export interface LiveSettings {
  /** t and the negative bonus: only a self-set scheme carries them (t then scales the quota's). */
  selfSet: boolean;
  /** The haggling fields: only a haggled-quota scheme haggles by them. */
  haggling: boolean;
}

export function liveSettings(schemes: readonly Scheme[]): LiveSettings {
  return {
    selfSet: schemes.some((s) => s.kind === 'truth-telling'),
    haggling: schemes.some((s) => s.kind === 'haggled-quota'),
  };
}

/**
 * True when a self-set scheme deducts a negative bonus from a base pay of 0: there is nothing
 * to deduct from, so it pays as the floor at 0 does, which the panel says.
 */
export function deductsFromNothing(schemes: readonly Scheme[]): boolean {
  return schemes.some((s) => s.kind === 'truth-telling' && s.floor === 'deduct' && s.basePay === 0);
}

/**
 * The scenario's schemes with the panel's settings applied. Changing t scales every rate of the
 * self-set schemes (the essay's α = 0, β = t, γ = 2t stays that shape) and the quota's performance
 * pay by the same factor, so the budget parity the scenario set between them is kept. The floor
 * and each haggling field speak for the first scheme of their kind: a value the user changed is
 * given to every scheme of that kind, one left as it was keeps each scheme's own, so a scenario
 * with several differing schemes runs exactly as written until the panel is touched.
 */
export function applySettings(schemes: Scheme[], settings: Settings): Scheme[] {
  const selfSet = schemes.find((s) => s.kind === 'truth-telling');
  const quota = schemes.find((s) => s.kind === 'haggled-quota');
  const reference = selfSet?.beta;
  const factor = reference && reference > 0 ? settings.rate / reference : 1;
  const floorChanged = selfSet !== undefined && settings.floor !== selfSet.floor;
  const basePayChanged = selfSet !== undefined && settings.basePay !== selfSet.basePay;
  const haggling = (own: Haggling): Haggling => {
    const out = { ...own };
    for (const key of Object.keys(own) as (keyof Haggling)[]) {
      if (!quota || settings.haggling[key] !== quota.haggling[key])
        out[key] = settings.haggling[key];
    }
    return out;
  };

  return schemes.map((scheme): Scheme => {
    if (scheme.kind === 'truth-telling') {
      return {
        ...scheme,
        alpha: scheme.alpha * factor,
        beta: scheme.beta * factor,
        gamma: scheme.gamma * factor,
        floor: floorChanged ? settings.floor : scheme.floor,
        basePay: basePayChanged ? settings.basePay : scheme.basePay,
      };
    }
    if (scheme.kind === 'haggled-quota') {
      return {
        ...scheme,
        performancePayShare: scheme.performancePayShare * factor,
        haggling: haggling(scheme.haggling),
      };
    }
    return scheme;
  });
}
