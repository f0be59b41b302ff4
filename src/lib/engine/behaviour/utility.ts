/**
 * Utility of money on the scale s of a rep-period's expected sales (see RiskPreference):
 * u(0) = 0 and u'(0) = 1, so utilities add up like money and a risk-neutral rep's utility is
 * its pay. CRRA wealth that pay would drive to 0 or below is held at a millionth of W·s: the
 * utility there is very low but finite, so averages and searches stay well defined.
 *
 * CRRA powers go through the portable exp and log (portableMath.ts), not `**`, whose last bit
 * each JavaScript engine rounds its own way, which let the CLI and the app disagree.
 *
 * CARA and CRRA with ρ > 1 are bounded above (utilityCeiling). Pay many times the scale of
 * the curvature (s/a under CARA, W·s under CRRA, the more so the larger ρ) brings u to its
 * ceiling to the last bit of a double: utilities of very different pay are then equal and say
 * nothing of it, which atCeiling lets a summary tell.
 */
import type { RiskPreference } from './types';
import { expm1, log, log1p } from '../portableMath';

const LEAST_WEALTH = 1e-6;

export function utility(risk: RiskPreference, w: number, scale: number): number {
  if (risk.kind === 'neutral' || (risk.kind === 'cara' && risk.a === 0)) return w;

  // CARA: expm1(−k·w)/(−k); CRRA: base·expm1((1 − ρ)·log ratio)/(1 − ρ). One call of each
  // portable function, which V8 then inlines once rather than once per branch.
  let factor = 1;
  let power: number;
  let divisor: number;
  if (risk.kind === 'cara') {
    divisor = -risk.a / scale;
    power = divisor * w;
  } else {
    factor = risk.wealth * scale;
    const logRatio = log(Math.max(1 + w / factor, LEAST_WEALTH));
    if (risk.rho === 1) return factor * logRatio;
    divisor = 1 - risk.rho;
    power = divisor * logRatio;
  }
  return (factor * expm1(power)) / divisor;
}

/**
 * The least upper bound of `utility` on this scale: s/a under CARA, W·s/(ρ − 1) under CRRA
 * with ρ > 1, ∞ where utility grows without bound. Written as `utility` computes its limit
 * (expm1 → −1), so a utility that has reached the ceiling equals it bit for bit.
 */
export function utilityCeiling(risk: RiskPreference, scale: number): number {
  if (risk.kind === 'neutral') return Infinity;
  if (risk.kind === 'cara') return risk.a === 0 ? Infinity : -1 / -(risk.a / scale);
  if (risk.rho <= 1) return Infinity;
  return (risk.wealth * scale * -1) / (1 - risk.rho);
}

/**
 * Whether `total`, utilities summed over cells of these scales (or a mean of such sums), lies
 * within the rounding error of that sum below its ceiling: then the pay behind it is lost in
 * double precision, and two schemes' totals may be equal however different their pay.
 */
export function atCeiling(risk: RiskPreference, total: number, scales: ArrayLike<number>) {
  let ceiling = 0;
  for (let i = 0; i < scales.length; i++) ceiling += utilityCeiling(risk, scales[i]);
  if (!(ceiling > 0 && Number.isFinite(ceiling))) return false;
  return ceiling - total <= scales.length * Number.EPSILON * ceiling;
}

/**
 * Whether net pay w leaves the utility without a meaning of its own: CRRA wealth driven to the
 * floor (its value is then the floor's, set by LEAST_WEALTH, not by the pay), or a CARA loss
 * beyond what a double holds.
 */
export function ruinous(risk: RiskPreference, w: number, scale: number): boolean {
  if (risk.kind === 'neutral') return false;
  if (risk.kind === 'cara') return !Number.isFinite(utility(risk, w, scale));
  return 1 + w / (risk.wealth * scale) <= LEAST_WEALTH;
}

/** The sure amount with the same utility: the inverse of `utility` on its range. */
export function certaintyEquivalent(risk: RiskPreference, u: number, scale: number): number {
  if (risk.kind === 'neutral') return u;
  if (risk.kind === 'cara') {
    if (risk.a === 0) return u;
    const k = risk.a / scale;
    return -log1p(-k * u) / k;
  }

  const base = risk.wealth * scale;
  if (risk.rho === 1) return base * expm1(u / base);
  return base * expm1(log1p(((1 - risk.rho) * u) / base) / (1 - risk.rho));
}
