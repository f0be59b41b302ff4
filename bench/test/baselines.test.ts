import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCBaseline, runNumpyBaseline, type BaselineOutcome } from '../baselines';
import { checkRw1 } from '../checkRw1';
import { rw1Exact } from '../rw1Exact';

const exact = rw1Exact();
const TRIALS = 250;

const has = (command: string, args: string[]) => spawnSync(command, args).status === 0;
const hasGcc = has('gcc', ['--version']);
const hasNumpy = has('python3', ['-c', 'import numpy']);

function expectAgreement(outcome: BaselineOutcome): void {
  if (outcome.status !== 'ok') throw new Error(`${outcome.status}: ${outcome.reason}`);
  expect(outcome.result.trials).toBe(TRIALS);
  expect(outcome.result.draws).toBe(TRIALS * 4000);

  const failed = checkRw1(outcome.result, exact).filter((c) => !c.ok);
  expect(failed).toEqual([]);
}

describe('runCBaseline', () => {
  it.skipIf(!hasGcc)('runCBaseline matches the closed form within 4 se on 250 trials', () => {
    expectAgreement(runCBaseline({ trials: TRIALS, seed: 7 }));
  });

  it.skipIf(!hasGcc)('runCBaseline repeats a seed exactly and differs across seeds', () => {
    const mean = (seed: number) => {
      const outcome = runCBaseline({ trials: 5, seed });
      return outcome.status === 'ok' ? outcome.result.meanA : NaN;
    };
    expect(mean(3)).toBe(mean(3));
    expect(mean(3)).not.toBe(mean(4));
  });

  it.skipIf(!hasGcc)('runCBaseline reports a run cut off by its time limit as failed', () => {
    const outcome = runCBaseline({ trials: 1e9, timeoutMs: 1500 });
    expect(outcome.status).toBe('failed');
  });
});

describe('runNumpyBaseline', () => {
  it.skipIf(!hasNumpy)('runNumpyBaseline matches the closed form within 4 se on 250 trials', () => {
    expectAgreement(runNumpyBaseline({ trials: TRIALS, seed: 7 }));
  });

  it.skipIf(!hasNumpy)('runNumpyBaseline gives the same answer whatever the chunk size', () => {
    const run = (chunk: string) =>
      spawnSync('python3', ['bench/rw1.py', '--trials', '10', '--chunk', chunk], {
        encoding: 'utf8',
      });
    const one = JSON.parse(run('1').stdout);
    const seven = JSON.parse(run('7').stdout);
    expect(seven.histA).toEqual(one.histA);
    expect(seven.meanB).toBeCloseTo(one.meanB, 10);
  });
});
