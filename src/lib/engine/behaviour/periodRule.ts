/**
 * One period's pay as a piecewise-linear function of sales, with the sales levels where its
 * slope changes and a step up where sales reach the target. Timing decisions and the
 * ratchet's view of pay need both. Rules are plain data dispatched by a switch, so the trial
 * loop's call sites stay monomorphic.
 *
 * The letters are seen one period at a time too. The pharmaceutical letter pays on its quota
 * as the haggled quota does; its review after quarters missed in a row is left out of the
 * rep's view. The condiment letter is a 'checkpoint' rule: commission at a rate per case, and
 * a stake kept only if the month is on target — the commission of the settlement block that
 * missing this month withholds, times the chance that the catch-up never pays it back
 * (planCondiment.ts). The rep leaves the demotion's penalty out. Other kinds have no rule, and
 * their reps shift no deals.
 */
import { haggledQuotaPay } from '../schemes/haggledQuota';
import { mixCommission } from '../schemes/condimentLetter';
import { floorBound, truthTellingPay } from '../schemes/truthTelling';
import type { PlannedScheme, Scheme, TruthTellingScheme } from '../types';

export type PeriodRule =
  | { kind: 'truth-telling'; scheme: TruthTellingScheme }
  | { kind: 'haggled-quota'; excessRate: number }
  | { kind: 'checkpoint'; rate: number; every: number };

/** The terms of one cell: the fixed pay the rule scales (a checkpoint's stake) and the cap. */
export interface CellTerms {
  fixed: number;
  cap: number;
}

/** The rule of a scheme kind, or undefined when its pay is not a per-period rule. */
export function periodRule(scheme: Scheme): PeriodRule | undefined {
  if (scheme.kind === 'truth-telling') return { kind: 'truth-telling', scheme };
  if (scheme.kind === 'haggled-quota' || scheme.kind === 'pharma-letter')
    return { kind: 'haggled-quota', excessRate: scheme.excessRate };
  if (scheme.kind === 'condiment-letter')
    return { kind: 'checkpoint', rate: mixCommission(scheme.skus), every: scheme.settleEvery };
  return undefined;
}

/**
 * Pay for target (or quota) x and sales y, given the cell's fixed pay and cap. The rule
 * functions take a cell's terms as numbers, not as an object: the trial loop stores fractions
 * into them for every rep-period, and a shared object shape whose fields V8 had to widen to
 * any value would box every such store on the heap.
 */
export function rulePay(rule: PeriodRule, x: number, y: number, fixed: number, cap: number) {
  if (rule.kind === 'truth-telling') return truthTellingPay(rule.scheme, x, y, cap);
  if (rule.kind === 'checkpoint') return rule.rate * y + (y >= x ? fixed : 0);
  return haggledQuotaPay(fixed, rule.excessRate, x, y);
}

/**
 * rulePay at each of the first n sales levels in `at`, written into `out`, bit for bit: it
 * repeats truthTellingPay's and haggledQuotaPay's operations in their order. Planning reads
 * pay at hundreds of levels per cell, and a call per level through the rule and the scheme's
 * module cost more than the pay itself.
 */
export function rulePays(
  rule: PeriodRule,
  x: number,
  fixed: number,
  cap: number,
  at: Float64Array,
  n: number,
  out: Float64Array,
): void {
  if (rule.kind === 'checkpoint') {
    for (let j = 0; j < n; j++) out[j] = rule.rate * at[j] + (at[j] >= x ? fixed : 0);
    return;
  }
  if (rule.kind === 'haggled-quota') {
    const rate = rule.excessRate;
    for (let j = 0; j < n; j++) {
      const attainment = x > 0 ? Math.min(1, at[j] / x) : 1;
      out[j] = fixed * attainment + rate * Math.max(0, at[j] - x);
    }
    return;
  }
  const { alpha, beta, gamma, floor, basePay } = rule.scheme;
  const lowest = floorBound(floor, basePay);
  for (let j = 0; j < n; j++) {
    const y = at[j];
    const raw = beta * x + alpha * Math.max(0, y - x) - gamma * Math.max(0, x - y);
    out[j] = Math.max(Math.min(raw, cap), lowest);
  }
}

/** The step pay takes up where sales reach the target: a checkpoint's stake, else none. */
export function ruleJump(rule: PeriodRule, fixed: number): number {
  return rule.kind === 'checkpoint' ? fixed : 0;
}

/**
 * Writes d pay / dY at each of the first n sales levels in `at` (none of them at a kink) into
 * `out`. It fills arrays rather than returning a number so that the trial loop, which calls it
 * for every rep-period, boxes no numbers on the heap.
 */
export function ruleSlopes(
  rule: PeriodRule,
  x: number,
  fixed: number,
  cap: number,
  at: Float64Array,
  n: number,
  out: Float64Array,
): void {
  if (rule.kind === 'haggled-quota') {
    for (let j = 0; j < n; j++) out[j] = at[j] < x ? fixed / x : rule.excessRate;
    return;
  }
  if (rule.kind === 'checkpoint') {
    for (let j = 0; j < n; j++) out[j] = rule.rate;
    return;
  }
  const { alpha, beta, gamma, floor, basePay } = rule.scheme;
  const lowest = floorBound(floor, basePay);
  for (let j = 0; j < n; j++) {
    const y = at[j];
    const raw = y >= x ? beta * x + alpha * (y - x) : beta * x - gamma * (x - y);
    out[j] = raw < lowest || raw > cap ? 0 : y >= x ? alpha : gamma;
  }
}

/** Writes the sales levels where the slope of pay changes into `out`; returns how many. */
export function ruleKinks(rule: PeriodRule, x: number, cap: number, out: Float64Array): number {
  out[0] = x;
  if (rule.kind !== 'truth-telling') return 1;

  // βX + α(Y − X) above the target, βX − γ(X − Y) below: where it meets the floor and the cap.
  // Written out rather than through a helper returning a number, which the loop would box.
  const { alpha, beta, gamma, floor, basePay } = rule.scheme;
  let n = 1;
  const lowest = floor === 'none' ? -Infinity : floor === 'zero' ? 0 : -basePay;
  const top = beta * x;
  if (lowest > -Infinity && lowest <= top && gamma > 0) out[n++] = x - (top - lowest) / gamma;
  if (cap < Infinity && cap <= top && gamma > 0) out[n++] = x - (top - cap) / gamma;
  else if (cap < Infinity && cap > top && alpha > 0) out[n++] = x + (cap - top) / alpha;
  return n;
}

/** The same rule on the scale of a cell's expected sales: base pay at risk scaled too. */
export function unitRule(rule: PeriodRule, scale: number): PeriodRule {
  if (rule.kind !== 'truth-telling') return rule;
  return {
    kind: 'truth-telling',
    scheme: { ...rule.scheme, basePay: rule.scheme.basePay / scale },
  };
}

/** Fills `out` with cell i's terms from a planned scheme; allocation-free. */
export function cellTerms(planned: PlannedScheme, i: number, out: CellTerms): CellTerms {
  out.fixed = planned.fixedPay[i];
  out.cap = planned.cap === undefined ? Infinity : planned.cap[i];
  return out;
}
