/**
 * Reduces block results to the figures the UI and the CLI show. Blocks are put in block order
 * and every sum runs in trial order, so the summary is bit-identical whatever the number of
 * workers or the order in which blocks finished. The blocks must be 0..k−1 (all of them for a
 * final summary; a prefix gives a partial one over fewer trials).
 */
import { summarizeBehaviour } from './behaviour/summarizeBehaviour';
import { BLOCK_TRIALS, PAYOUT_QUANTILES } from './constants';
import { meanEstimate, ratioEstimate } from './estimate';
import { quantileSorted } from './quantile';
import { repGroups, type RepGroup } from './repGroups';
import type {
  BlockResult,
  Difference,
  Estimate,
  RepModel,
  RunSummary,
  SchemeSummary,
  SimPlan,
} from './types';

export function summarize(
  plan: SimPlan,
  blocks: BlockResult[],
  reps: RepModel[],
  baselineId: string,
): RunSummary {
  const ordered = checkBlocks(plan, blocks, reps);
  const baseline = plan.schemes.findIndex((s) => s.scheme.id === baselineId);
  if (baseline < 0) throw new RangeError(`baseline ${baselineId} is not a scheme of the plan`);

  const trials = ordered.reduce((n, b) => n + b.trials, 0);
  const groups = repGroups(plan, ordered);
  type Key = 'payout' | 'sales' | 'ape' | 'bias' | 'hit' | 'within' | 'cost';
  const chunks = (s: number, key: Key) => ordered.map((b) => b.series[s][key]);
  const payoutSamples = plan.schemes.map((_, s) => concat(chunks(s, 'payout'), trials));

  const schemes = plan.schemes.map((planned, s): SchemeSummary => {
    const sorted = payoutSamples[s].slice().sort();
    const [p5, p50, p95] = PAYOUT_QUANTILES.map((p) => quantileSorted(sorted, p));
    return {
      id: planned.scheme.id,
      label: planned.scheme.label,
      kind: planned.scheme.kind,
      payout: { ...meanEstimate(chunks(s, 'payout')), p5, p50, p95 },
      sales: meanEstimate(chunks(s, 'sales')),
      payoutShareOfSales: ratioEstimate(chunks(s, 'payout'), chunks(s, 'sales')),
      targetMape: meanEstimate(chunks(s, 'ape')),
      targetBias: meanEstimate(chunks(s, 'bias')),
      hitRate: meanEstimate(chunks(s, 'hit')),
      targetWithin: meanEstimate(chunks(s, 'within')),
      cost: meanEstimate(chunks(s, 'cost')),
      events: planned.events.map((event, e) => ({
        ...event,
        perRepYear: meanEstimate(eventRates(ordered, s, e, plan, event.periodsPerYear)),
      })),
      deductions: (planned.deductions ?? []).map((deduction, d) => ({
        ...deduction,
        amount: meanEstimate(deductionAmounts(ordered, s, d, plan)),
      })),
      perRep: reps.map((rep, r) => ({
        id: rep.id,
        name: rep.name,
        payout: repPayout(groups, s, r, trials),
        target: Array.from(planned.target.subarray(r * plan.periods, (r + 1) * plan.periods)),
      })),
    };
  });

  const differences = plan.schemes.flatMap((planned, s): Difference[] => {
    if (s === baseline) return [];
    const paired = (key: 'payout' | 'sales' | 'ape' | 'hit' | 'within') =>
      meanEstimate(chunks(s, key), chunks(baseline, key));
    return [
      {
        id: planned.scheme.id,
        baseline: baselineId,
        payout: paired('payout'),
        sales: paired('sales'),
        payoutShareOfSales: ratioEstimate(chunks(s, 'payout'), chunks(s, 'sales'), {
          num: chunks(baseline, 'payout'),
          den: chunks(baseline, 'sales'),
        }),
        targetMape: paired('ape'),
        hitRate: paired('hit'),
        targetWithin: paired('within'),
        events: pairedEvents(plan, ordered, s, baseline),
        deductions: pairedDeductions(plan, ordered, s, baseline),
      },
    ];
  });

  const first = ordered[0];
  const summary: RunSummary = {
    seed: plan.seed,
    trials,
    reps: plan.reps,
    periods: plan.periods,
    schemes,
    differences,
    payoutSamples,
    sampleSales: first.sampleSales ?? new Float64Array(0),
    samplePayout: first.samplePayout ?? plan.schemes.map(() => new Float64Array(0)),
  };
  if (plan.behaviour !== undefined) {
    summary.behaviour = summarizeBehaviour(plan, plan.behaviour, ordered, baselineId);
  }
  return summary;
}

/** Per trial, event e's count per rep-year: count / (reps · periods / periods per year). */
function eventRates(
  blocks: BlockResult[],
  s: number,
  e: number,
  plan: SimPlan,
  periodsPerYear: number,
): Float64Array[] {
  const repYears = (plan.reps * plan.periods) / periodsPerYear;
  const count = plan.schemes[s].events.length;
  return blocks.map((b) =>
    Float64Array.from({ length: b.trials }, (_, k) => b.series[s].events[k * count + e] / repYears),
  );
}

/**
 * Per counted event of scheme s that the baseline counts too (by id), its rate per rep-year
 * minus the baseline's, on the same draws; events only one of them counts have no difference.
 */
function pairedEvents(
  plan: SimPlan,
  blocks: BlockResult[],
  s: number,
  baseline: number,
): NonNullable<Difference['events']> {
  const own = plan.schemes[s].events;
  const theirs = plan.schemes[baseline].events;
  return own.flatMap((event, e) => {
    const b = theirs.findIndex((other) => other.id === event.id);
    if (b < 0) return [];
    const rates = eventRates(blocks, s, e, plan, event.periodsPerYear);
    const minus = eventRates(blocks, baseline, b, plan, theirs[b].periodsPerYear);
    return [{ id: event.id, perRepYear: meanEstimate(rates, minus) }];
  });
}

/** Per trial, deduction d of scheme s over all reps (the series holds them trial-major). */
function deductionAmounts(
  blocks: BlockResult[],
  s: number,
  d: number,
  plan: SimPlan,
): Float64Array[] {
  const count = plan.schemes[s].deductions?.length ?? 0;
  return blocks.map((b) =>
    Float64Array.from({ length: b.trials }, (_, k) => b.series[s].deductions[k * count + d]),
  );
}

/**
 * Per deduction of scheme s that the baseline takes too (by id), its amount minus the
 * baseline's on the same draws; a deduction only one of them takes has no difference.
 */
function pairedDeductions(
  plan: SimPlan,
  blocks: BlockResult[],
  s: number,
  baseline: number,
): NonNullable<Difference['deductions']> {
  const theirs = plan.schemes[baseline].deductions ?? [];
  return (plan.schemes[s].deductions ?? []).flatMap((deduction, d) => {
    const b = theirs.findIndex((other) => other.id === deduction.id);
    if (b < 0) return [];
    const minus = deductionAmounts(blocks, baseline, b, plan);
    return [
      { id: deduction.id, amount: meanEstimate(deductionAmounts(blocks, s, d, plan), minus) },
    ];
  });
}

/** A rep's payout per horizon from per-group sums, added in group order. */
function repPayout(groups: RepGroup[], s: number, r: number, n: number): Estimate {
  let sum = 0;
  let sumSq = 0;
  for (const g of groups) {
    sum += g.sum[s][r];
    sumSq += g.sumSq[s][r];
  }
  const mean = sum / n;
  const variance = Math.max(0, (sumSq - sum * mean) / (n - 1));
  return { mean, se: Math.sqrt(variance / n) };
}

function concat(chunks: Float64Array[], length: number): Float64Array {
  const out = new Float64Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Sorts a copy by block and throws unless it is the prefix 0..k−1 of the plan's blocks. */
function checkBlocks(plan: SimPlan, blocks: BlockResult[], reps: RepModel[]): BlockResult[] {
  if (reps.length !== plan.reps)
    throw new RangeError(`plan has ${plan.reps} reps, saw ${reps.length}`);
  const ordered = blocks.slice().sort((a, b) => a.block - b.block);
  if (ordered.length === 0) throw new RangeError('summarize needs at least block 0');
  ordered.forEach((b, k) => {
    const expected = Math.min(BLOCK_TRIALS, plan.trials - k * BLOCK_TRIALS);
    const shaped = b.series.length === plan.schemes.length && b.trials === expected;
    if (b.block !== k || b.firstTrial !== k * BLOCK_TRIALS || !shaped) {
      throw new RangeError(
        `blocks must be 0..${ordered.length - 1} of this plan; saw block ${b.block}`,
      );
    }
  });
  return ordered;
}
