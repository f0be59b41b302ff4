/**
 * Quotas set by haggling (domain.md §2): the boss opens above its estimate, the rep below its
 * own belief, and they settle at a power-weighted mean of the openings.
 */
import { BOSS_STREAM } from './constants';
import { standardNormal } from './normal';
import { namedStream } from './random';
import type { BossQuotas, Haggling, Scheme } from './types';
import { exp, log } from './portableMath';

/** m_b = m_r·exp(noise·z − noise²/2)·(1 + growth): mean-preserving noise, then growth. */
export function bossEstimate(repBelief: number, haggling: Haggling, z: number): number {
  const s = haggling.bossNoise;
  return repBelief * exp(s * z - 0.5 * s * s) * (1 + haggling.growth);
}

/** Q = w·m_b(1 + d_b) + (1 − w)·m_r(1 − d_r). */
export function settleQuota(repBelief: number, bossView: number, haggling: Haggling): number {
  const repOffer = repBelief * (1 - haggling.repOpening);
  const bossOffer = bossView * (1 + haggling.bossOpening);
  return haggling.bossPower * bossOffer + (1 - haggling.bossPower) * repOffer;
}

/**
 * Quotas for every rep-period drawn once for the run, given each rep's belief (its expected
 * sales). The boss's errors come from the run's 'boss' stream in rep-period order, one draw
 * each even without noise, so every haggled scheme of a run faces the same boss. Runs without
 * behaviour draw them each trial instead (bossQuotas) where the boss errs at all.
 */
export function haggledQuotas(
  seed: number,
  repBeliefs: ArrayLike<number>,
  haggling: Haggling,
): Float64Array {
  const rng = namedStream(seed, BOSS_STREAM);
  const quotas = new Float64Array(repBeliefs.length);
  for (let i = 0; i < repBeliefs.length; i++) {
    const belief = repBeliefs[i];
    quotas[i] = settleQuota(belief, bossEstimate(belief, haggling, standardNormal(rng)), haggling);
  }
  return quotas;
}

/**
 * The law of the quotas when the boss errs afresh each trial: with m_b lognormal,
 * Q = w·(1 + d_b)·m_b + (1 − w)·m_r(1 − d_r) is a lognormal plus a constant. The plan keeps
 * their mean E[Q] = w(1 + d_b)(1 + g)·m_r + (1 − w)(1 − d_r)·m_r as its quota.
 */
export function bossQuotas(repBeliefs: ArrayLike<number>, haggling: Haggling): BossQuotas {
  const cells = repBeliefs.length;
  const s = haggling.bossNoise;
  const logScale = new Float64Array(cells);
  const noise = new Float64Array(cells).fill(s);
  const repPart = new Float64Array(cells);
  const mean = new Float64Array(cells);
  const w = haggling.bossPower;
  for (let i = 0; i < cells; i++) {
    const belief = repBeliefs[i];
    const scale = w * (1 + haggling.bossOpening) * (1 + haggling.growth) * belief;
    logScale[i] = log(scale) - 0.5 * s * s;
    repPart[i] = (1 - w) * belief * (1 - haggling.repOpening);
    mean[i] = scale + repPart[i];
  }
  return { logScale, noise, repPart, mean };
}

/** Whether a scheme's quotas are haggled with a boss who errs (bossNoise above 0). */
export function haggledWithErrors(scheme: Scheme): boolean {
  if (scheme.kind === 'haggled-quota') return scheme.haggling.bossNoise > 0;
  if ('quota' in scheme && scheme.quota.kind === 'haggled') {
    return scheme.quota.haggling.bossNoise > 0;
  }
  return false;
}
