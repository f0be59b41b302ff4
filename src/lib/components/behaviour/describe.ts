/**
 * The sentences every behaviour result carries: how many reps behaved strategically over what
 * run, the settings it used, and the warnings its schemes call for (domain.md §1: α = 0
 * leaves nothing for sales above the target, so timing games are likely; a floor at 0 moves
 * volatile reps' best targets above the median, where they solve 2F(X) − F(X/2) = 1).
 */
import { beliefShifts } from '$lib/engine/behaviour/beliefs';
import type { BehaviourSettings, BehaviourSummary } from '$lib/engine/behaviour/types';
import type { RepModel, RunSummary, Scheme } from '$lib/engine/types';
import { counted, fmt, t, type MessageKey } from '$lib/i18n/i18n.svelte';

export function statement(summary: RunSummary, behaviour: BehaviourSummary): string {
  return t('behaviour.statement', {
    strategic: fmt(behaviour.strategicReps, 'count'),
    reps: counted('reps', summary.reps),
    naive: fmt(behaviour.naiveReps, 'count'),
    years: counted('years', behaviour.years),
    periods: counted('periods', behaviour.periodsPerYear),
    trials: counted('trials', summary.trials),
    seed: String(summary.seed),
  });
}

export function settingsLine(settings: BehaviourSettings): string {
  // Settings read as they were entered (a cost of effort of 0.01%), not rounded to a tenth of a
  // percent, which would report a small setting as none at all.
  const pct = (v: number) => fmt(v, 'percentPrecise');
  const { risk, effort, haggling, timing, ratchet, company } = settings;
  const riskText =
    risk.kind === 'neutral'
      ? t('behaviour.risk.neutral')
      : `${t(`behaviour.risk.${risk.kind}` as MessageKey)} ${
          risk.kind === 'cara' ? `a = ${risk.a}` : `ρ = ${risk.rho}, W = ${risk.wealth}`
        }`;
  return t('behaviour.settings', {
    naive: pct(settings.naiveShare),
    bias: pct(settings.belief.bias),
    noise: pct(settings.belief.noise),
    risk: riskText,
    lift: pct(effort.maxLift),
    effortCost: pct(effort.cost),
    haggling: fmt(haggling.cost, 'decimal'),
    anticipation: pct(haggling.anticipation),
    timing: timing.enabled
      ? t('behaviour.settings.upTo', {
          share: pct(timing.maxShare),
          cost: fmt(timing.cost, 'decimal'),
        })
      : t('behaviour.settings.off'),
    up: pct(ratchet.up),
    down: pct(ratchet.down),
    discount: pct(ratchet.discount),
    margin: pct(company.margin),
    over: pct(company.overCost),
    under: pct(company.underCost),
  });
}

/**
 * One warning per self-set scheme that pays nothing above the target. With shifting off
 * (`shifting` false) no rep pushed a deal, so the warning says they would if they could.
 */
export function alphaWarnings(schemes: Scheme[], names: string[], shifting: boolean): string[] {
  const key = shifting ? 'behaviour.warnAlpha' : 'behaviour.warnAlphaOff';
  return schemes.flatMap((scheme, i) =>
    scheme.kind === 'truth-telling' && scheme.alpha === 0 ? [t(key, { scheme: names[i] })] : [],
  );
}

/** Targets this far above the effort-scaled median count as moved by the floor. */
const FLOOR_DRIFT = 0.005;

/**
 * Each rep's belief about its level as a factor on the true one (e^b, domain.md §5), drawn
 * as the run drew it: from the run's seed alone.
 */
function beliefFactors(summary: RunSummary, behaviour: BehaviourSummary, reps: number) {
  const shifts = beliefShifts(summary.seed, reps, behaviour.settings.belief);
  return Array.from(shifts, (b) => Math.exp(b));
}

/**
 * One warning per essay-type scheme with the floor at 0 whose strategic reps report above
 * the median they believe in (scaled by the effort they chose), naming the largest such
 * move. A belief off the true level moves the target with it, which is not the floor's work:
 * beliefWarnings says that apart.
 */
export function floorWarnings(
  summary: RunSummary,
  behaviour: BehaviourSummary,
  reps: RepModel[],
  schemes: Scheme[],
  names: string[],
): string[] {
  const believed = beliefFactors(summary, behaviour, reps.length);
  return schemes.flatMap((scheme, s) => {
    if (scheme.kind !== 'truth-telling' || scheme.floor !== 'zero') return [];
    const lift = behaviour.schemes[s].lift;
    let most = 0;
    summary.schemes[s].perRep.forEach((row, r) => {
      if (!behaviour.strategic[r]) return;
      const median = reps[r].mean[0] * Math.exp(-0.5 * reps[r].sigma * reps[r].sigma);
      most = Math.max(most, row.target[0] / (lift[r] * believed[r] * median) - 1);
    });
    return most > FLOOR_DRIFT
      ? [t('behaviour.warnFloor', { scheme: names[s], most: fmt(most, 'percent') })]
      : [];
  });
}

/**
 * What the strategic reps' beliefs do to their targets, when they are off the true level
 * (a belief bias or noise): every target follows the rep's belief, by the range of factors
 * the run drew. None when every strategic rep believes its true level.
 */
export function beliefWarnings(
  summary: RunSummary,
  behaviour: BehaviourSummary,
  reps: RepModel[],
): string[] {
  const factors = beliefFactors(summary, behaviour, reps.length).filter(
    (_, r) => behaviour.strategic[r],
  );
  if (factors.every((f) => f === 1)) return [];
  const [low, high] = [Math.min(...factors), Math.max(...factors)];
  const off = (f: number) => fmt(f - 1, 'percent', { signed: true });
  // The settings as entered, beside the factors they make: the bias is an error in logs, so
  // a bias of 50% misjudges by e^0.5 − 1 = 64.9%, and the two figures must not look alike.
  const { bias, noise } = behaviour.settings.belief;
  const set = { bias: fmt(bias, 'percentPrecise'), noise: fmt(noise, 'percentPrecise') };
  return low === high
    ? [t('behaviour.warnBelief', { off: off(low), ...set })]
    : [t('behaviour.warnBeliefRange', { low: off(low), high: off(high), ...set })];
}
