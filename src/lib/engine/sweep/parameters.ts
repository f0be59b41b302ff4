/**
 * The numeric parameters of a scheme that a sweep can vary, named by their path in the scheme
 * ('beta', 'haggling.bossPower'). 'rate' is the essay's commission rate t of a truth-telling
 * scheme: it scales α, β and γ together, so the rule keeps its shape (domain.md §1).
 */
import type { Scheme } from '../types';

/** 'rate' or the dotted path of a numeric field of the scheme. */
export type SweepParameter = string;

/** How a parameter's values read: a share or rate, an amount of money, a whole count, a number. */
export type ParameterUnit = 'percent' | 'money' | 'count' | 'decimal';

/**
 * The parameters each kind offers to a sweep, the sensible default first, with their units.
 * Listed, not found by walking the scheme: a walk offered fields that only describe the letter
 * (statedTotal, periodsPerYear), counts whose only effect is a penalty of 0 (review.periods),
 * and log-sds of receivables, none of which a sweep of pay answers anything about. A field of
 * kind Amount is offered as its share only when the scheme gives it as a share.
 */
const offered: Record<Scheme['kind'], SweepParameter[]> = {
  'truth-telling': ['rate', 'alpha', 'beta', 'gamma', 'basePay'],
  'haggled-quota': [
    'performancePayShare',
    'excessRate',
    'haggling.repOpening',
    'haggling.bossOpening',
    'haggling.bossPower',
    'haggling.bossNoise',
    'haggling.growth',
  ],
  'bonus-grid': ['standardBonus.share', 'quota.share', 'basePay'],
  'pharma-letter': [
    'excessRate',
    'performancePay.share',
    'basePay.share',
    'quota.share',
    'expenseBudget',
  ],
  'condiment-letter': ['settleEvery', 'baseSalary.share'],
  'commission-plan': ['threshold', 'returnsShare', 'quota.share', 'basePay.share'],
  // A menu's contracts are a list; one contract's rate is not a parameter of the menu.
  'linear-menu': [],
};

const units: Record<SweepParameter, ParameterUnit> = {
  basePay: 'money',
  expenseBudget: 'money',
  settleEvery: 'count',
  'haggling.bossPower': 'decimal',
  'haggling.bossNoise': 'decimal',
};

/** The unit of a parameter's values; rates and shares, the most of them, read as percentages. */
export function parameterUnit(parameter: SweepParameter): ParameterUnit {
  return units[parameter] ?? 'percent';
}

/** The parameters a sweep may vary on this scheme, the default first; empty when none. */
export function sweepParameters(scheme: Scheme): SweepParameter[] {
  return offered[scheme.kind].filter((path) => has(scheme, path));
}

function has(scheme: Scheme, parameter: SweepParameter): boolean {
  try {
    parameterValue(scheme, parameter);
    return true;
  } catch {
    return false;
  }
}

/** The current value of a parameter; throws when the scheme has no such number. */
export function parameterValue(scheme: Scheme, parameter: SweepParameter): number {
  if (parameter === 'rate') return rateOf(scheme);
  const [key, inner] = split(parameter);
  const field: unknown = (scheme as unknown as Record<string, unknown>)[key];
  const value = inner === undefined ? field : isRecord(field) ? field[inner] : undefined;
  if (typeof value !== 'number') throw new RangeError(missing(scheme, parameter));
  return value;
}

/** A copy of the scheme with one parameter set; the original is left alone. */
export function withParameter(scheme: Scheme, parameter: SweepParameter, value: number): Scheme {
  if (parameter === 'rate') {
    const factor = value / rateOf(scheme);
    if (scheme.kind !== 'truth-telling' || !Number.isFinite(factor)) {
      throw new RangeError(`scheme ${scheme.id}: cannot scale a rate of 0 to ${value}`);
    }
    const { alpha, beta, gamma } = scheme;
    return { ...scheme, alpha: alpha * factor, beta: beta * factor, gamma: gamma * factor };
  }

  parameterValue(scheme, parameter);
  const [key, inner] = split(parameter);
  const copy = { ...scheme } as unknown as Record<string, unknown>;
  if (inner === undefined) copy[key] = value;
  else copy[key] = { ...(copy[key] as Record<string, unknown>), [inner]: value };
  return copy as unknown as Scheme;
}

function rateOf(scheme: Scheme): number {
  if (scheme.kind !== 'truth-telling') throw new RangeError(missing(scheme, 'rate'));
  return scheme.beta;
}

function split(parameter: SweepParameter): [string, string | undefined] {
  const [key, inner, ...rest] = parameter.split('.');
  if (rest.length > 0) throw new RangeError(`parameter ${parameter}: at most one dot expected`);
  return [key, inner];
}

function missing(scheme: Scheme, parameter: SweepParameter): string {
  return `scheme ${scheme.id} (${scheme.kind}) has no numeric parameter ${parameter}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
