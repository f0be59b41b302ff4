/**
 * Monte Carlo over one block of trials. Each trial has its own random stream, draws the sales
 * of every rep-period once and pays them under every scheme (common random numbers), so
 * differences between schemes carry no sampling noise from the sales draws themselves.
 */
import { BLOCK_TRIALS } from './constants';
import { standardNormal } from './normal';
import { trialStream } from './random';
import { payout } from './schemes/payout';
import type { BlockResult, SimPlan, TrialSeries } from './types';

/** Simulates trials [block·BLOCK_TRIALS, …); allocates per block, never per draw. */
export function simulateBlock(plan: SimPlan, block: number): BlockResult {
  const firstTrial = block * BLOCK_TRIALS;
  if (!Number.isInteger(block) || block < 0 || firstTrial >= plan.trials) {
    throw new RangeError(`block ${block} is outside a run of ${plan.trials} trials`);
  }
  const trials = Math.min(BLOCK_TRIALS, plan.trials - firstTrial);
  const { reps, periods, schemes, logMu, logSigma } = plan;
  const cells = reps * periods;

  const series = schemes.map(() => emptySeries(trials));
  const repPayoutSum = schemes.map(() => new Float64Array(reps));
  const repPayoutSumSq = schemes.map(() => new Float64Array(reps));
  const sales = new Float64Array(cells);
  const result: BlockResult = { block, firstTrial, trials, series, repPayoutSum, repPayoutSumSq };
  if (block === 0) {
    result.sampleSales = new Float64Array(cells);
    result.samplePayout = schemes.map(() => new Float64Array(cells));
  }

  const rng = trialStream(plan.seed, firstTrial);
  for (let k = 0; k < trials; k++) {
    trialStream(plan.seed, firstTrial + k, rng);
    let salesTotal = 0;
    for (let i = 0; i < cells; i++) {
      sales[i] = Math.exp(logMu[i] + logSigma[i] * standardNormal(rng));
      salesTotal += sales[i];
    }
    if (result.sampleSales !== undefined && k === 0) result.sampleSales.set(sales);

    for (let s = 0; s < schemes.length; s++) {
      const planned = schemes[s];
      const target = planned.target;
      const sample = k === 0 ? result.samplePayout?.[s] : undefined;
      const sums = repPayoutSum[s];
      const squares = repPayoutSumSq[s];
      let payTotal = 0;
      let apeSum = 0;
      let biasSum = 0;
      let positive = 0;
      let hits = 0;

      for (let r = 0; r < reps; r++) {
        let repPay = 0;
        for (let p = 0; p < periods; p++) {
          const i = r * periods + p;
          const y = sales[i];
          const x = target[i];
          const z = payout(planned, y, i);
          repPay += z;
          if (sample !== undefined) sample[i] = z;
          if (y > 0) {
            apeSum += Math.abs(y - x) / y;
            biasSum += (x - y) / y;
            positive++;
          }
          if (y >= x) hits++;
        }
        payTotal += repPay;
        sums[r] += repPay;
        squares[r] += repPay * repPay;
      }

      const out = series[s];
      out.payout[k] = payTotal;
      out.sales[k] = salesTotal;
      out.ape[k] = positive > 0 ? apeSum / positive : NaN;
      out.bias[k] = positive > 0 ? biasSum / positive : NaN;
      out.hit[k] = hits / cells;
    }
  }
  return result;
}

function emptySeries(trials: number): TrialSeries {
  return {
    payout: new Float64Array(trials),
    sales: new Float64Array(trials),
    ape: new Float64Array(trials),
    bias: new Float64Array(trials),
    hit: new Float64Array(trials),
  };
}
