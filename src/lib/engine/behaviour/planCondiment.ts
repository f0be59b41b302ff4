/**
 * The condiment letter with behaviour. Its monthly targets are the letter's. What a month on
 * target keeps is the commission of its settlement block, at the rep's expected sales (the
 * stake of the 'checkpoint' rule, periodRule.ts); a strategic rep picks its effort against
 * that and, at each month's end, shifts deals: in to reach a target just out of hand, out to
 * help next month's target with a surplus, out when the block is already lost (giving up).
 * The value of a unit next month is the rate plus the stake times the belief's density at
 * next month's target: how much one more unit raises the chance of meeting it.
 */
import { normalPdf } from '../normalCdf';
import type { PlannedScheme } from '../types';
import type { Reply } from './bestReply';
import { fillLetterEffort } from './letterEffort';
import type { SchemeContext } from './planBehaviour';
import { idleBehaviour } from './planBehaviour';
import type { PeriodRule } from './periodRule';
import type { SchemeBehaviour } from './types';

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
  const replies = new Map<string, Reply>();
  const unit = (i: number) => ({
    target: planned.target[i] / expected[i],
    fixed: behaviour.stake[i] / expected[i],
  });

  for (let r = 0; r < reps; r++) {
    if (strategic[r] === 0) continue;
    const nodes = context.nodes(logSigma[r * periods], shifts[r]);
    fillLetterEffort(context, behaviour, rule, r, nodes, unit, replies);
    if (!behaviour.timing) continue;
    for (let i = r * periods; i < (r + 1) * periods - 1; i++) {
      const next = i + 1;
      const mean = behaviour.lift[next] * expected[next] * Math.exp(shifts[r]);
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
  const z = (Math.log(x / mean) + 0.5 * sigma * sigma) / sigma;
  return normalPdf(z) / (x * sigma);
}
