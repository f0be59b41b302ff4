import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockCount, makePlan } from '$lib/engine/plan';
import { repsFromScenario } from '$lib/engine/repsFromScenario';
import { runInProcess } from '$lib/engine/runInProcess';
import { parseScenario } from '$lib/engine/scenario';
import { simulateBlock } from '$lib/engine/simulate';
import { summarize } from '$lib/engine/summarize';
import { mixCommission } from '$lib/engine/schemes/condimentLetter';
import { expectedFines } from '$lib/engine/schemes/fines';
import type { BlockResult, Scenario, SimPlan } from '$lib/engine/types';
import { inProcessEndpoint } from '$lib/workers/inProcessEndpoint';
import { schedule } from '$lib/workers/schedule';
import { expectBitIdentical } from '../workers/bitIdentical';
import { expectWithinSe } from './helpers';

function scenario(file: string): Scenario {
  const result = parseScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

function byWorkers(p: SimPlan, workers: number): BlockResult[] {
  const out: BlockResult[] = [];
  for (let w = workers - 1; w >= 0; w--) {
    for (let b = w; b < blockCount(p); b += workers) out.push(simulateBlock(p, b));
  }
  return out;
}

describe('runs of the letters', () => {
  const condiment = scenario('scenarios/condiment-2010.json');
  const pharma = scenario('scenarios/pharma-2014.json');
  const reps = condiment.data.source === 'reps' ? repsFromScenario(condiment.data) : [];
  const schemes = [...condiment.schemes, { ...pharma.schemes[0], periodsPerYear: 12 }];
  const fixedQuarters = schemes.map((s) =>
    s.kind === 'pharma-letter'
      ? { ...s, id: 'pharma', quota: { kind: 'share' as const, share: 1 } }
      : s,
  );
  const plan = makePlan({ seed: 31, trials: 450, schemes: fixedQuarters }, reps);

  it('are bit-identical whatever the number of workers, events and fines included', async () => {
    const reference = runInProcess(plan, reps, 'letter');
    // The comparison must hold the money the letters take back, not empty lists.
    const taken = reference.schemes.flatMap((s) => s.deductions ?? []);
    expect(taken.map((d) => d.id)).toEqual(['fines', 'withheld', 'fines']);
    for (const d of taken) expect(d.amount.mean).toBeGreaterThan(0);
    expect(reference.differences.flatMap((d) => d.deductions ?? []).map((d) => d.id)).toEqual([
      'fines',
    ]);
    for (const workers of [2, 3, 5]) {
      expect(summarize(plan, byWorkers(plan, workers), reps, 'letter')).toStrictEqual(reference);
    }
    // Through the scheduler, with one to three blocks in flight per endpoint.
    for (const [count, depth] of [
      [1, 1],
      [3, 3],
    ]) {
      const endpoints = Array.from({ length: count }, () => inProcessEndpoint());
      expectBitIdentical(await schedule(endpoints, plan, reps, 'letter', { depth }), reference);
    }
  });

  it('take back the fines and the withheld commission the payouts do not hold', () => {
    const letter = condiment.schemes.find((s) => s.kind === 'condiment-letter');
    if (letter?.kind !== 'condiment-letter') throw new Error('no condiment letter');
    // Without fines and demotion penalties, pay is base salary plus the commission paid;
    // the commission earned is the mix rate on all sales, so what is left unpaid is
    // base + rate · sales − payout, trial by trial, with no fine drawn.
    const bare = { ...letter, fines: [], demotion: { ...letter.demotion, penalty: 0 } };
    const fined = { ...bare, id: 'fined', fines: letter.fines };
    const runPlan = makePlan({ seed: 5, trials: 300, schemes: [bare, fined] }, reps);
    const blocks = byWorkers(runPlan, 1).sort((a, b) => a.block - b.block);
    const summary = summarize(runPlan, blocks, reps, 'letter');
    const base = runPlan.schemes[0].basePay?.reduce((a, c) => a + c, 0) ?? NaN;
    const rate = mixCommission(letter.skus);
    let unpaid = 0;
    let fines = 0;
    for (const b of blocks) {
      const [plain, taxed] = b.series;
      for (let k = 0; k < b.trials; k++) {
        unpaid += base + rate * plain.sales[k] - plain.payout[k];
        fines += plain.payout[k] - taxed.payout[k];
      }
    }
    const taken = (s: number, id: string) =>
      summary.schemes[s].deductions?.find((d) => d.id === id)?.amount ?? { mean: NaN, se: NaN };
    expect(taken(0, 'withheld').mean).toBeCloseTo(unpaid / 300, 6);
    expect(taken(0, 'fines').mean).toBe(0);
    const finesOf = taken(1, 'fines');
    expect(finesOf.mean).toBeCloseTo(fines / 300, 6);
    // The fines' expectation in closed form, per rep-month, over every rep-month of the run.
    const expected = reps.length * runPlan.periods * expectedFines(letter.fines);
    expectWithinSe(finesOf.mean, expected, finesOf.se, 4);
    // Paired against the bare letter on the same draws: the fines, the withheld the same.
    const paired = summary.differences[0].deductions ?? [];
    expect(paired.map((d) => d.id)).toEqual(['fines', 'withheld']);
    expect(paired[0].amount.mean).toBeCloseTo(finesOf.mean, 9);
    expect(paired[1].amount.mean).toBe(0);
  });

  it('count the events of every trial in the block series, per rep-year in the summary', () => {
    const blocks = byWorkers(plan, 1).sort((a, b) => a.block - b.block);
    const summary = summarize(plan, blocks, reps, 'letter');
    // Demotions: total count over trials / (trials · reps · 12 months / 12 per year).
    const total = blocks.reduce((sum, b) => sum + b.series[0].events.reduce((a, c) => a + c, 0), 0);
    const demotion = summary.schemes[0].events?.[0];
    expect(demotion?.id).toBe('demotion');
    expect(demotion?.perRepYear.mean).toBeCloseTo(total / (450 * reps.length), 12);
    expect(summary.schemes[1].events).toEqual([]);
  });

  it('withholding alone costs the rep: without fines the letter pays less than monthly', () => {
    const unfined = condiment.schemes.map((s) =>
      s.kind === 'condiment-letter' ? { ...s, fines: [] } : s,
    );
    const summary = runInProcess(
      makePlan({ seed: 31, trials: 450, schemes: unfined }, reps),
      reps,
      'letter',
    );
    const gap = summary.differences[0].payout;
    expect(gap.mean).toBeGreaterThan(4 * gap.se);
  });
});
