import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePlan } from '$lib/engine/plan';
import { repsFromScenario } from '$lib/engine/repsFromScenario';
import { runInProcess } from '$lib/engine/runInProcess';
import { parseScenario } from '$lib/engine/scenario';
import { selfSet } from '$lib/engine/schemes/selfSet';
import { expectWithinSe, rep } from './helpers';

describe('runInProcess', () => {
  it('runInProcess of scenarios/reference-lognormal.json pays 4.2074029 within 3 SE', () => {
    const file = 'scenarios/reference-lognormal.json';
    const parsed = parseScenario(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const { scenario } = parsed;
    if (scenario.data.source !== 'reps') throw new Error('the reference lists its rep inline');

    const reps = repsFromScenario(scenario.data);
    const plan = makePlan(scenario, reps);
    const summary = runInProcess(plan, reps, scenario.baseline);
    const payout = summary.schemes[0].payout;
    expect(summary.trials).toBe(200_000);
    expect(summary.schemes[0].perRep[0].target[0]).toBeCloseTo(100 * Math.exp(-0.02), 10);
    expectWithinSe(payout.mean, 4.2074029, payout.se);
    expect(payout.se).toBeLessThan(0.005);
  });

  it('runInProcess reports progress after every block', () => {
    const plan = makePlan({ seed: 1, trials: 250, schemes: [selfSet(0.05)] }, [
      rep('a', [10], 0.2),
    ]);
    const calls: [number, number][] = [];
    runInProcess(plan, [rep('a', [10], 0.2)], 'self-set', {
      onProgress: (d, t) => calls.push([d, t]),
    });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('runInProcess stops between blocks once its signal is aborted', () => {
    const reps = [rep('a', [10], 0.2)];
    const plan = makePlan({ seed: 1, trials: 1000, schemes: [selfSet(0.05)] }, reps);
    const controller = new AbortController();
    let blocks = 0;
    const run = () =>
      runInProcess(plan, reps, 'self-set', {
        signal: controller.signal,
        onProgress: (done) => {
          blocks = done;
          if (done === 2) controller.abort(new Error('stopped by the user'));
        },
      });
    expect(run).toThrow('stopped by the user');
    expect(blocks).toBe(2);
    expect(run).toThrow('stopped by the user');
    expect(blocks).toBe(2);
  });
});
