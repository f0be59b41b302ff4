/**
 * Monte Carlo over one block of trials. Each trial has its own random stream, draws the sales
 * of every rep-period once and pays them under every scheme (common random numbers), so
 * differences between schemes carry no sampling noise from the sales draws themselves.
 * Duties (fines, collections) come from a second stream per trial, reseeded for each scheme,
 * so schemes with the same duties see the same counts too; so do the errors of a boss who
 * haggles quotas, drawn afresh each trial from a third (every trial is another year).
 */
import { behaviourBlock, type BookingRoom } from './behaviour/behaviourBlock';
import { kernelPass, kernelPassBytes } from './behaviour/kernelPass';
import { BLOCK_TRIALS, BOSS_STREAM, DUTY_STREAM } from './constants';
import { drawLognormals } from './drawLognormals';
import { labelledSeed, trialStream, type Xoshiro128 } from './random';
import type { PayContext } from './schemes/module';
import { emptyTally, tallyCells } from './schemes/cellByCellTally';
import { schemeModule } from './schemes/registry';
import type { BlockResult, BossQuotas, PlannedScheme, SimPlan, TrialSeries } from './types';
import { KernelBlock } from './wasm/kernelBlock';
import { realiseKernel, type RealiseKernel } from './wasm/realiseKernel';
import { wasmKernel, type WasmKernel } from './wasm/wasmKernel';

/**
 * Simulates trials [block·BLOCK_TRIALS, …); allocates per block, never per draw. The draws and
 * the uncapped truth-telling and quota schemes run in the WebAssembly kernel where there is
 * one (`kernel`, null for the TypeScript loops alone), with the same results to the last bit.
 */
export function simulateBlock(
  plan: SimPlan,
  block: number,
  kernel: WasmKernel | null = wasmKernel(),
): BlockResult {
  const firstTrial = block * BLOCK_TRIALS;
  if (!Number.isInteger(block) || block < 0 || firstTrial >= plan.trials) {
    throw new RangeError(`block ${block} is outside a run of ${plan.trials} trials`);
  }
  const trials = Math.min(BLOCK_TRIALS, plan.trials - firstTrial);
  const { reps, periods, schemes, logMu, logSigma } = plan;
  const cells = reps * periods;

  const series = schemes.map((s) => emptySeries(trials, s.events.length, deductionCount(s)));
  const tallies = schemes.map(() => emptyTally(reps, periods));
  const repPayoutSum = tallies.map((t) => t.sums);
  const repPayoutSumSq = tallies.map((t) => t.squares);
  const result: BlockResult = { block, firstTrial, trials, series, repPayoutSum, repPayoutSumSq };
  if (block === 0) {
    result.sampleSales = new Float64Array(cells);
    result.samplePayout = schemes.map(() => new Float64Array(cells));
  }

  const modules = schemes.map((s) => schemeModule(s.scheme.kind));
  const expenses = schemes.map(totalExpense);
  const dutySeed = labelledSeed(plan.seed, DUTY_STREAM);
  const duties = trialStream(dutySeed, firstTrial);
  const bossSeed = labelledSeed(plan.seed, BOSS_STREAM);
  const boss = trialStream(bossSeed, firstTrial);
  const contexts: PayContext[] = schemes.map((s) => ({
    periods,
    duties,
    events: new Float64Array(s.events.length),
    deductions: new Float64Array(deductionCount(s)),
  }));
  // Under behaviour the kernel also keeps each scheme's booked sales and, where it can, runs
  // the behaviour pass: both need their room laid out with the block's.
  const realiser = plan.behaviour && kernel ? realiseKernel(kernel) : null;
  const extra = realiser ? kernelPassBytes(plan) : 0;
  const inKernel = kernel && KernelBlock.open(kernel, plan, plan.behaviour !== undefined, extra);
  const room = inKernel ? bookingRoom(inKernel, realiser, plan) : undefined;
  const behaviour = plan.behaviour && behaviourBlock(plan, plan.behaviour, trials, room);
  if (behaviour) result.behaviour = behaviour.series;
  const sales = inKernel ? inKernel.sales : new Float64Array(cells);
  const tsPay = new Float64Array(cells);
  // A scheme whose quotas are drawn each trial pays against them where its kernel reads them.
  const trialQuotas = schemes.map((p, s) =>
    p.bossQuotas === undefined ? undefined : (inKernel?.targetsOf(s) ?? new Float64Array(cells)),
  );
  const quoted = schemes.map((p, s) => {
    const target = trialQuotas[s];
    return target === undefined ? p : { ...p, target };
  });

  const rng = trialStream(plan.seed, firstTrial);
  for (let k = 0; k < trials; k++) {
    trialStream(plan.seed, firstTrial + k, rng);
    const salesTotal = inKernel ? inKernel.draw(rng) : drawLognormals(rng, logMu, logSigma, sales);
    if (result.sampleSales !== undefined && k === 0) result.sampleSales.set(sales);

    for (let s = 0; s < schemes.length; s++) {
      const quotas = trialQuotas[s];
      if (quotas !== undefined) {
        trialStream(bossSeed, firstTrial + k, boss);
        if (!inKernel?.drawQuotas(s, boss)) {
          drawQuotas(boss, schemes[s].bossQuotas as BossQuotas, quotas);
        }
      }
      // With behaviour each scheme pays the sales its reps book against this trial's targets.
      const planned = behaviour ? behaviour.views[s] : quoted[s];
      const booked = behaviour ? behaviour.sales[s] : sales;
      const bookedTotal = behaviour ? behaviour.realise(s, sales, k, salesTotal) : salesTotal;
      const context = contexts[s];
      trialStream(dutySeed, firstTrial + k, duties);
      context.events.fill(0);
      const module = modules[s];
      const t = tallies[s];
      const kernelPay = inKernel?.pay[s];
      const pay = kernelPay ?? tsPay;
      if (inKernel && kernelPay) {
        inKernel.payTrial(s, t);
      } else if (module.payTrial !== undefined) {
        module.payTrial(planned, booked, pay, t);
      } else {
        // Only rules with memory or duties take money back from pay (the letters): the kernel
        // and payTrial paths leave their empty tallies alone.
        context.deductions.fill(0);
        for (let r = 0; r < reps; r++) module.payRep(planned, r, booked, pay, context);
        tallyCells(planned, booked, pay, t);
        series[s].deductions.set(context.deductions, k * context.deductions.length);
      }

      const out = series[s];
      out.payout[k] = t.pay;
      out.cost[k] = t.pay + expenses[s];
      out.ape[k] = t.positive > 0 ? t.ape / t.positive : NaN;
      out.bias[k] = t.positive > 0 ? t.bias / t.positive : NaN;
      out.hit[k] = t.targeted > 0 ? t.hits / t.targeted : NaN;
      out.within[k] = t.positive > 0 ? t.within / t.positive : NaN;
      out.overForecast[k] = t.targeted > 0 ? 0.5 * (t.missAbs + t.miss) : NaN;
      out.underForecast[k] = t.targeted > 0 ? 0.5 * (t.missAbs - t.miss) : NaN;
      out.sales[k] = bookedTotal;
      behaviour?.tally(s, pay, t.pay, k);
      out.events.set(context.events, k * context.events.length);
      if (k === 0) result.samplePayout?.[s].set(pay);
    }
  }
  inKernel?.close(tallies);
  behaviour?.close();
  return result;
}

function bookingRoom(
  block: KernelBlock,
  realiser: RealiseKernel | null,
  plan: SimPlan,
): BookingRoom {
  const { sales, booked, targets, memory } = block;
  const pass =
    realiser && plan.behaviour
      ? kernelPass(realiser, memory, block.extra, plan, plan.behaviour)
      : undefined;
  return { sales, booked, targets, pass };
}

function totalExpense(planned: PlannedScheme): number {
  let sum = 0;
  for (const e of planned.expense ?? []) sum += e;
  return sum;
}

/** The trial's quotas from the boss's errors: a lognormal draw per cell, plus the rep's part. */
function drawQuotas(rng: Xoshiro128, law: BossQuotas, out: Float64Array): void {
  drawLognormals(rng, law.logScale, law.noise, out);
  for (let i = 0; i < out.length; i++) out[i] += law.repPart[i];
}

function deductionCount(planned: PlannedScheme): number {
  return planned.deductions?.length ?? 0;
}

function emptySeries(trials: number, events: number, deductions: number): TrialSeries {
  return {
    payout: new Float64Array(trials),
    sales: new Float64Array(trials),
    ape: new Float64Array(trials),
    bias: new Float64Array(trials),
    hit: new Float64Array(trials),
    within: new Float64Array(trials),
    overForecast: new Float64Array(trials),
    underForecast: new Float64Array(trials),
    cost: new Float64Array(trials),
    events: new Float64Array(trials * events),
    deductions: new Float64Array(trials * deductions),
  };
}
