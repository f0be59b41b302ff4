import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockCount, makePlan } from '$lib/engine/plan';
import { repsFromScenario } from '$lib/engine/repsFromScenario';
import { runInProcess } from '$lib/engine/runInProcess';
import { parseScenario } from '$lib/engine/scenario';
import { simulateBlock } from '$lib/engine/simulate';
import { summarize } from '$lib/engine/summarize';
import type { BlockResult, Scenario, SimPlan } from '$lib/engine/types';

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

  it('are bit-identical whatever the number of workers, events and fines included', () => {
    const reference = runInProcess(plan, reps, 'letter');
    for (const workers of [2, 3, 5]) {
      expect(summarize(plan, byWorkers(plan, workers), reps, 'letter')).toStrictEqual(reference);
    }
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
