import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  makePlan,
  parseScenario,
  runInProcess,
  type PlanSettings,
} from '../../../../src/lib/engine';
import type { RepModel } from '../../../../src/lib/engine';

// The pool plans and runs in process; `runs` counts what reached it.
const pool = vi.hoisted(() => ({ runs: 0 }));
vi.mock('../../../../src/lib/workers', () => ({
  planAndRun: (settings: PlanSettings, reps: RepModel[], baseline: string) => {
    pool.runs++;
    const plan = makePlan(settings, reps);
    const summary = runInProcess(plan, reps, baseline);
    return { promise: Promise.resolve({ plan, summary, blocks: [] }), cancel: () => {} };
  },
}));

const { BehaviourRun } =
  await import('../../../../src/lib/components/behaviour/behaviourRun.svelte');
const { refusalMessage } = await import('../../../../src/lib/components/behaviour/refusalMessage');
const { setLocale } = await import('../../../../src/lib/i18n/i18n.svelte');

const parsed = parseScenario(readFileSync('scenarios/pharma-2014.json', 'utf8'), 'pharma');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const letters = parsed.scenario.schemes;

function reps(periods: number): RepModel[] {
  return ['a', 'b'].map((id) => ({
    id,
    name: id,
    mean: Array.from({ length: periods }, () => 400),
    sigma: 0.12,
    historyPeriods: 24,
    thin: false,
  }));
}

const options = { seed: 1, trials: 200, baseline: 'letter' };

afterEach(() => {
  pool.runs = 0;
  setLocale('en');
});

describe('Behaviour refuses schemes that do not fit the reps', () => {
  it('refuses quarterly letters on monthly reps before any worker runs, keeping its last result', async () => {
    const run = new BehaviourRun();
    await run.run(reps(4), letters, options);
    expect(run.state).toBe('done');
    const kept = run.result;

    await run.run(reps(12), letters, options);

    expect(pool.runs).toBe(1);
    expect(run.state).toBe('failed');
    expect(run.failure).toBeNull();
    expect(run.refusal?.key).toBe('run.error.schemesDoNotFit');
    expect(run.result).toBe(kept);
  });

  it('words the refusal as the comparison does, in English and in Chinese', async () => {
    const run = new BehaviourRun();
    await run.run(reps(12), letters, options);
    const refusal = run.refusal!;

    const english = refusalMessage(refusal);
    expect(english).toMatch(/^the schemes do not fit the data at hand \(/);
    expect(english).not.toMatch(/expected 1 or 12 values/);
    setLocale('zh-CN');
    const chinese = refusalMessage(refusal);
    expect(chinese).toMatch(/^方案与当前数据不符（/);
    expect(chinese).not.toBe(english);
    // Each problem is a clause, parted by the Chinese semicolon, not '; '.
    const [first] = refusal.problems;
    const two = { ...refusal, problems: [first, { ...first, path: 'schemes[1].quota' }] };
    expect(refusalMessage(two)).toMatch(/；schemes\[1\]\.quota: /);
    expect(refusalMessage(two)).not.toContain('; ');
    setLocale('en');
    expect(refusalMessage(two)).toMatch(/; schemes\[1\]\.quota: /);
  });

  it('a run that fits again clears the refusal', async () => {
    const run = new BehaviourRun();
    await run.run(reps(12), letters, options);
    await run.run(reps(4), letters, options);
    expect([run.state, run.refusal]).toEqual(['done', null]);
  });
});
