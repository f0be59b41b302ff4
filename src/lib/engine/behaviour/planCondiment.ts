/**
 * The condiment letter with behaviour. Its monthly targets are the letter's. What a month on
 * target keeps is the commission of its settlement block, at the rep's expected sales, times
 * the chance that withheld commission is never paid back: the letter pays it all once
 * cumulative sales catch up with cumulative targets, so it is lost only if the rep's sales
 * over the horizon end short of their targets (the stake of the 'checkpoint' rule,
 * periodRule.ts). A strategic rep picks its effort against that and, at each month's end,
 * shifts deals: in to reach a target just out of hand, out to help next month's target with
 * a surplus, out when the block is already lost (giving up). The value of a unit next month
 * is the rate plus the stake times the belief's density at next month's target: how much one
 * more unit raises the chance of meeting it.
 *
 * Effort raises the sales over the horizon and so lowers that chance, which lowers the stake
 * effort is chosen against: the chance is the one at which the two agree for a risk-neutral
 * rep, whose effort has closed forms; a risk-averse rep takes that chance and chooses its
 * own effort against it. A rep that knew its running total would weigh each month by it; the
 * plan gives each rep one chance for the whole horizon, so a rep far ahead late in the year
 * still moves a few deals it need not move.
 */
import { normalPdf } from '../normalCdf';
import type { PlannedScheme } from '../types';
import type { Reply } from './bestReply';
import { CHANCE_STEPS, CHANCE_TOLERANCE } from './constants';
import { fillLetterEffort } from './letterEffort';
import type { SchemeContext } from './planBehaviour';
import { idleBehaviour } from './planBehaviour';
import type { PeriodRule } from './periodRule';
import { shortfallChance } from './shortfallChance';
import type { SchemeBehaviour } from './types';
import { exp, log } from '../portableMath';

export function planCondiment(
  context: SchemeContext,
  planned: PlannedScheme,
  rule: PeriodRule,
): SchemeBehaviour {
  const { plan, settings, strategic, shifts } = context;
  const { reps, periods, expected, logSigma } = plan;
  const behaviour = idleBehaviour(reps, periods);
  if (rule.kind !== 'checkpoint') return behaviour;
  behaviour.timing = settings.timing.enabled;
  fillStakes(behaviour.stake, rule.rate, rule.every, expected, periods);
  const neutral = { ...context, settings: { ...settings, risk: { kind: 'neutral' as const } } };
  const neutralReplies = new Map<string, Reply>();
  const replies = settings.risk.kind === 'neutral' ? neutralReplies : new Map<string, Reply>();
  const unit = (i: number) => ({
    target: planned.target[i] / expected[i],
    fixed: behaviour.stake[i] / expected[i],
  });

  for (let r = 0; r < reps; r++) {
    if (strategic[r] === 0) continue;
    const nodes = context.nodes(logSigma[r * periods], shifts[r]);
    const first = r * periods;
    const blocks = behaviour.stake.slice(first, first + periods);
    const catchUp = planned.catchUp?.[first + periods - 1] ?? Infinity;
    const believed = new Float64Array(periods);
    const stakeAt = (p: number) => {
      for (let j = 0; j < periods; j++) behaviour.stake[first + j] = p * blocks[j];
    };
    // The chance of ending short once a risk-neutral rep's effort is chosen against stakes
    // at chance p: closed forms, where a risk-averse rep's effort takes a search per cell.
    const shortfall = (p: number): number => {
      stakeAt(p);
      fillLetterEffort(neutral, behaviour, rule, r, nodes, unit, neutralReplies);
      for (let j = 0; j < periods; j++) {
        believed[j] = behaviour.lift[first + j] * expected[first + j] * exp(shifts[r]);
      }
      return shortfallChance(believed, logSigma.subarray(first, first + periods), catchUp);
    };
    stakeAt(agreedChance(shortfall));
    fillLetterEffort(context, behaviour, rule, r, nodes, unit, replies);
    if (!behaviour.timing) continue;
    for (let i = r * periods; i < (r + 1) * periods - 1; i++) {
      const next = i + 1;
      const mean = behaviour.lift[next] * expected[next] * exp(shifts[r]);
      const density = lognormalDensity(planned.target[next], mean, logSigma[next]);
      behaviour.nextMarginal[i] = rule.rate + behaviour.stake[next] * density;
    }
  }
  return behaviour;
}

/** Each cell's stake: the block's commission rate · Σ expected sales, blocks of `every`. */
function fillStakes(
  stake: Float64Array,
  rate: number,
  every: number,
  expected: Float64Array,
  periods: number,
): void {
  for (let first = 0; first < stake.length; first += periods) {
    for (let start = 0; start < periods; start += every) {
      const end = Math.min(start + every, periods);
      let block = 0;
      for (let p = start; p < end; p++) block += rate * expected[first + p];
      for (let p = start; p < end; p++) stake[first + p] = block;
    }
  }
}

/** Density at x of the lognormal with mean `mean` and log-sd σ; 0 where it has none. */
function lognormalDensity(x: number, mean: number, sigma: number): number {
  if (!(x > 0 && mean > 0 && sigma > 0)) return 0;
  const z = (log(x / mean) + 0.5 * sigma * sigma) / sigma;
  return normalPdf(z) / (x * sigma);
}

/**
 * The chance p at which shortfall(p) = p. shortfall falls as p rises (more at stake, more
 * effort, less often short), so the root is bracketed by 0 and 1; the Illinois variant of
 * regula falsi finds it in a handful of evaluations, each an effort search for every month.
 */
function agreedChance(shortfall: (p: number) => number): number {
  let [low, high] = [0, 1];
  let fLow = shortfall(low);
  if (fLow <= CHANCE_TOLERANCE) return low;
  let fHigh = shortfall(high) - high;
  if (fHigh >= -CHANCE_TOLERANCE) return high;
  let side = 0;
  for (let step = 0; step < CHANCE_STEPS && high - low > CHANCE_TOLERANCE; step++) {
    const p = (low * fHigh - high * fLow) / (fHigh - fLow);
    const f = shortfall(p) - p;
    if (Math.abs(f) <= CHANCE_TOLERANCE) return p;
    if (f > 0) {
      [low, fLow] = [p, f];
      if (side === 1) fHigh /= 2;
      side = 1;
    } else {
      [high, fHigh] = [p, f];
      if (side === -1) fLow /= 2;
      side = -1;
    }
  }
  return 0.5 * (low + high);
}
