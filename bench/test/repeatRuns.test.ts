import { describe, expect, it } from 'vitest';
import type { ImplOutcome } from '../benchReport';
import { identicalRuns, median, repeatRuns } from '../repeatRuns';

function run(nsPerDraw: number, meanA = 5.01, cpuNsPerDraw?: number): ImplOutcome {
  const figures = { trials: 10, draws: 40_000, meanA, meanB: 900.7, apeA: 0.2, apeB: 0.21 };
  return { status: 'ok', result: { ...figures, nsPerDraw, cpuNsPerDraw } };
}

describe('median', () => {
  it('median takes the middle value of an odd count and the mean of the two middle ones', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
});

describe('repeatRuns', () => {
  it('repeatRuns reports the median time and keeps every run’s time in run order', () => {
    const folded = repeatRuns([run(19, 5.01, 21), run(17, 5.01, 18), run(40, 5.01, 19)]);
    if (folded.status !== 'ok') throw new Error(folded.status);

    expect(folded.result.nsPerDraw).toBe(19);
    expect(folded.result.cpuNsPerDraw).toBe(19);
    expect(folded.result.runsNsPerDraw).toEqual([19, 17, 40]);
    expect(folded.result.meanA).toBe(5.01);
  });

  it('repeatRuns leaves processor time out when a run did not report it', () => {
    const folded = repeatRuns([run(19, 5.01, 21), run(17)]);
    expect(folded.status === 'ok' && folded.result.cpuNsPerDraw).toBeUndefined();
  });

  it('repeatRuns fails when runs on the same seed gave different figures', () => {
    const folded = repeatRuns([run(19), run(18), run(18, 5.01 + 1e-12)]);
    expect(folded).toEqual({
      status: 'failed',
      reason: 'run 3 gave other figures than run 1 with the same seed',
    });
  });

  it('repeatRuns passes on the first skipped or failed run', () => {
    const skipped: ImplOutcome = { status: 'skipped', reason: 'gcc not found' };
    expect(repeatRuns([skipped, skipped])).toBe(skipped);
    const failed: ImplOutcome = { status: 'failed', reason: 'exit 1' };
    expect(repeatRuns([run(19), failed])).toBe(failed);
  });
});

describe('identicalRuns', () => {
  it('identicalRuns is true only when all runs gave the same bits, null if one did not run', () => {
    expect(identicalRuns([run(19), run(9), run(18)])).toBe(true);
    expect(identicalRuns([run(19), run(9, 5.01 + 1e-15)])).toBe(false);
    expect(identicalRuns([run(19), { status: 'failed', reason: 'worker died' }])).toBeNull();
  });
});
