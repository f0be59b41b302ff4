/**
 * What the product says about a truth-telling scheme before it runs: the quantile of a rep's
 * sales it makes the rep report, (β − α)/(γ − α) (domain.md §1), and plain warnings.
 */
import { bestTarget } from '../bestResponse';
import { FLOOR_SHIFT_WARNING } from '../constants';
import { normalCdf } from '../normalCdf';
import type { TruthTellingScheme } from '../types';
import { log } from '../portableMath';

export type TruthTellingWarning =
  | { code: 'no-reward-above-target' }
  | { code: 'rates-out-of-order'; alpha: number; beta: number; gamma: number }
  | { code: 'floor-moves-target'; sigma: number; fractile: number; quantile: number };

export interface TruthTellingAdvice {
  /** The quantile reported without a floor; null when the rates are out of order. */
  fractile: number | null;
  /** Per volatility asked about, the quantile the rep reports with the scheme's floor. */
  quantiles: { sigma: number; quantile: number }[];
  warnings: TruthTellingWarning[];
}

/**
 * Advice for reps whose log-volatilities are `sigmas` (for the floor's effect). The reported
 * quantile does not depend on the reps' sales level unless the floor deducts a fixed base
 * pay; then it is taken at a median of `median` sales.
 */
export function truthTellingAdvice(
  scheme: TruthTellingScheme,
  sigmas: readonly number[] = [],
  median = 1,
): TruthTellingAdvice {
  const { alpha, beta, gamma } = scheme;
  const warnings: TruthTellingWarning[] = [];
  if (alpha === 0 && beta > 0) warnings.push({ code: 'no-reward-above-target' });

  const flat = alpha === beta && beta === gamma;
  if (!flat && !(alpha >= 0 && alpha < beta && beta < gamma)) {
    warnings.push({ code: 'rates-out-of-order', alpha, beta, gamma });
    return { fractile: null, quantiles: [], warnings };
  }

  const fractile = flat ? 0.5 : (beta - alpha) / (gamma - alpha);
  const quantiles = sigmas.map((sigma) => {
    const logMu = log(median);
    const x = bestTarget(scheme, { logMu, logSigma: sigma });
    return { sigma, quantile: sigma > 0 ? normalCdf((log(x) - logMu) / sigma) : fractile };
  });
  const moved = quantiles.filter((q) => Math.abs(q.quantile - fractile) > FLOOR_SHIFT_WARNING);
  if (scheme.floor !== 'none' && moved.length > 0) {
    const worst = moved.reduce((a, b) => (b.sigma > a.sigma ? b : a));
    warnings.push({ code: 'floor-moves-target', fractile, ...worst });
  }
  return { fractile, quantiles, warnings };
}

/** The warning in plain English. */
export function truthTellingWarningText(warning: TruthTellingWarning): string {
  switch (warning.code) {
    case 'no-reward-above-target':
      return (
        'alpha is 0: doing more than the target earns nothing in that period, so a rep who ' +
        'has reached it gains by pushing further sales into the next period.'
      );
    case 'rates-out-of-order':
      return (
        `the rates must rise as 0 ≤ alpha < beta < gamma, but alpha is ${warning.alpha}, ` +
        `beta ${warning.beta} and gamma ${warning.gamma}: a rep then gains by reporting a ` +
        'target as high or as low as it can, not an honest one.'
      );
    case 'floor-moves-target':
      return (
        'the floor makes a shortfall cheaper, so a rep with log-volatility ' +
        `${round(warning.sigma)} ` +
        `reports the ${round(warning.quantile)} quantile of its sales instead of the ` +
        `${round(warning.fractile)} quantile${warning.fractile === 0.5 ? ' (the median)' : ''}.`
      );
  }
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
