/**
 * Utility of money on the scale s of a rep-period's expected sales (see RiskPreference):
 * u(0) = 0 and u'(0) = 1, so utilities add up like money and a risk-neutral rep's utility is
 * its pay. CRRA wealth that pay would drive to 0 or below is held at a millionth of W·s: the
 * utility there is very low but finite, so averages and searches stay well defined.
 *
 * CRRA powers go through exp and log, not `**`: V8's Math.pow differs in the last bit between
 * versions (Node 20's and Chromium 150's on about one argument in ten), which let the CLI and
 * the app disagree, while Math.exp, log, expm1 and log1p are the same fdlibm code in both.
 */
import type { RiskPreference } from './types';

const LEAST_WEALTH = 1e-6;

export function utility(risk: RiskPreference, w: number, scale: number): number {
  if (risk.kind === 'neutral') return w;
  if (risk.kind === 'cara') {
    if (risk.a === 0) return w;
    const k = risk.a / scale;
    return Math.expm1(-k * w) / -k;
  }

  const base = risk.wealth * scale;
  const ratio = Math.max(1 + w / base, LEAST_WEALTH);
  if (risk.rho === 1) return base * Math.log(ratio);
  return (base * Math.expm1((1 - risk.rho) * Math.log(ratio))) / (1 - risk.rho);
}

/** The sure amount with the same utility: the inverse of `utility` on its range. */
export function certaintyEquivalent(risk: RiskPreference, u: number, scale: number): number {
  if (risk.kind === 'neutral') return u;
  if (risk.kind === 'cara') {
    if (risk.a === 0) return u;
    const k = risk.a / scale;
    return -Math.log1p(-k * u) / k;
  }

  const base = risk.wealth * scale;
  if (risk.rho === 1) return base * Math.expm1(u / base);
  return base * Math.expm1(Math.log1p(((1 - risk.rho) * u) / base) / (1 - risk.rho));
}
