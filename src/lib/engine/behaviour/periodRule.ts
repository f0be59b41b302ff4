/**
 * One period's pay as a piecewise-linear function of sales, with the sales levels where its
 * slope changes. Timing decisions and the ratchet's view of pay need both; rules whose pay
 * looks across periods (catch-up, streaks) have none, and their reps shift no deals. Rules
 * are plain data dispatched by a switch, so the trial loop's call sites stay monomorphic.
 */
import { haggledQuotaPay } from '../schemes/haggledQuota';
import { floorBound, truthTellingPay } from '../schemes/truthTelling';
import type { PlannedScheme, Scheme, TruthTellingScheme } from '../types';

export type PeriodRule =
  | { kind: 'truth-telling'; scheme: TruthTellingScheme }
  | { kind: 'haggled-quota'; excessRate: number };

/** The terms of one cell: the fixed pay the rule scales and the cap on pay. */
export interface CellTerms {
  fixed: number;
  cap: number;
}

/** The rule of a scheme kind, or undefined when its pay is not a per-period rule. */
export function periodRule(scheme: Scheme): PeriodRule | undefined {
  if (scheme.kind === 'truth-telling') return { kind: 'truth-telling', scheme };
  if (scheme.kind === 'haggled-quota')
    return { kind: 'haggled-quota', excessRate: scheme.excessRate };
  return undefined;
}

/** Pay for target (or quota) x and sales y. Allocation-free. */
export function rulePay(rule: PeriodRule, x: number, y: number, terms: CellTerms): number {
  if (rule.kind === 'truth-telling') return truthTellingPay(rule.scheme, x, y, terms.cap);
  return haggledQuotaPay(terms.fixed, rule.excessRate, x, y);
}

/** d pay / dY inside a linear piece (y not at a kink). Allocation-free. */
export function ruleSlope(rule: PeriodRule, x: number, y: number, terms: CellTerms): number {
  if (rule.kind === 'haggled-quota') return y < x ? terms.fixed / x : rule.excessRate;
  const { alpha, beta, gamma, floor, basePay } = rule.scheme;
  const raw = y >= x ? beta * x + alpha * (y - x) : beta * x - gamma * (x - y);
  if (raw < floorBound(floor, basePay) || raw > terms.cap) return 0;
  return y >= x ? alpha : gamma;
}

/** Writes the sales levels where the slope of pay changes into `out`; returns how many. */
export function ruleKinks(
  rule: PeriodRule,
  x: number,
  terms: CellTerms,
  out: Float64Array,
): number {
  out[0] = x;
  if (rule.kind === 'haggled-quota') return 1;

  // βX + α(Y − X) above the target, βX − γ(X − Y) below: where it meets the floor and the cap.
  const { scheme } = rule;
  let n = 1;
  const low = level(scheme, x, floorBound(scheme.floor, scheme.basePay));
  if (Number.isFinite(low)) out[n++] = low;
  const high = level(scheme, x, terms.cap);
  if (Number.isFinite(high)) out[n++] = high;
  return n;
}

/** The sales level at which the unclipped pay equals v, or NaN (or ±∞) where it never does. */
function level(scheme: TruthTellingScheme, x: number, v: number): number {
  const { alpha, beta, gamma } = scheme;
  if (v <= beta * x) return gamma > 0 ? x - (beta * x - v) / gamma : NaN;
  return alpha > 0 ? x + (v - beta * x) / alpha : NaN;
}

/** The same rule on the scale of a cell's expected sales: base pay at risk scaled too. */
export function unitRule(rule: PeriodRule, scale: number): PeriodRule {
  if (rule.kind === 'haggled-quota') return rule;
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
