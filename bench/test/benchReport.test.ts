import { describe, expect, it } from 'vitest';
import { benchReport, type Impl, type ImplOutcome } from '../benchReport';
import { benchTable } from '../benchTable';
import { rw1Exact, standardError } from '../rw1Exact';
import { drawsOf, RW1 } from '../rw1Workload';

const exact = rw1Exact();
const draws = drawsOf(RW1);
const workload = { reps: 1000, periods: 4, trials: RW1.trials, draws, seed: 1 };

function exactRun(nsPerDraw: number, shiftA = 0, cpuNsPerDraw?: number): ImplOutcome {
  const se = standardError(exact.a.sdWithin, draws);
  const result = {
    trials: RW1.trials,
    draws,
    nsPerDraw,
    cpuNsPerDraw,
    meanA: exact.a.mean + shiftA * se,
    meanB: exact.b.mean,
    apeA: exact.a.ape,
    apeB: exact.b.ape,
  };
  return { status: 'ok', result };
}

function outcomes(over: Partial<Record<Impl, ImplOutcome>> = {}): Record<Impl, ImplOutcome> {
  return {
    engine1: exactRun(20),
    engine2: exactRun(11),
    c: exactRun(15),
    numpy: exactRun(30),
    ...over,
  };
}

describe('benchReport', () => {
  it('benchReport divides the engine’s time by the baselines’ and judges issue 7’s goals', () => {
    const report = benchReport(outcomes(), exact, workload, 0);
    expect(report.ratios.engineToC).toBeCloseTo(20 / 15, 12);
    expect(report.ratios.engineToNumpy).toBeCloseTo(20 / 30, 12);
    expect(report.ratios.speedup2).toBeCloseTo(20 / 11, 12);
    expect(report.targets.map((t) => t.met)).toEqual([true, true, true]);

    const slow = benchReport(outcomes({ engine1: exactRun(26) }), exact, workload, 0);
    expect(slow.targets.map((t) => t.met)).toEqual([false, false, true]);
    expect(slow.correct).toBe(true);
  });

  it('benchReport also divides processor times, and leaves them null when one is missing', () => {
    const report = benchReport(
      outcomes({ engine1: exactRun(40, 0, 21), c: exactRun(30, 0, 14), numpy: exactRun(50) }),
      exact,
      workload,
      3,
    );
    expect(report.ratios.cpuEngineToC).toBeCloseTo(21 / 14, 12);
    expect(report.ratios.cpuEngineToNumpy).toBeNull();
    expect(benchTable(report)).toContain('in processor time: engine/NumPy n/a, engine/C 1.500');
  });

  it('benchReport leaves a skipped baseline’s figures and ratios null', () => {
    const skipped: ImplOutcome = { status: 'skipped', reason: 'numpy is not installed' };
    const report = benchReport(outcomes({ numpy: skipped }), exact, workload, 0);
    expect(report.numpy.nsPerDraw).toBeNull();
    expect(report.numpy.meanA).toBeNull();
    expect(report.ratios.engineToNumpy).toBeNull();
    expect(report.targets[0].met).toBeNull();
    expect(report.correct).toBe(true);
  });

  it('benchReport is not correct when a fast result is 6 standard errors off', () => {
    const report = benchReport(outcomes({ c: exactRun(5, 6) }), exact, workload, 0);
    expect(report.correct).toBe(false);
    expect(report.c.checks.find((c) => c.name === 'meanA')?.ok).toBe(false);
  });
});

describe('benchTable', () => {
  it('benchTable names a skipped baseline, a failed check and a busy machine', () => {
    const skipped: ImplOutcome = { status: 'skipped', reason: 'gcc not found' };
    const report = benchReport(
      outcomes({ c: skipped, numpy: exactRun(30, 6) }),
      exact,
      workload,
      1.5,
    );
    const table = benchTable(report);
    expect(table).toContain('c skipped: gcc not found');
    expect(table).toMatch(/numpy .*FAILED meanA/);
    expect(table).toContain('busy machine');
    expect(table).toContain('engine/C time: not measured');
  });

  it('benchTable lists every timed run, the first runs apart, and if the engine agreed', () => {
    const engine1 = exactRun(17);
    if (engine1.status === 'ok') engine1.result.runsNsPerDraw = [17.04, 16.5, 18.25];
    const report = benchReport(outcomes({ engine1 }), exact, workload, 0, {
      cold: { engine1: exactRun(21), engine2: exactRun(12) },
      identical: true,
    });
    const table = benchTable(report);
    expect(table).toContain('every timed run, ns/draw: engine1 17.0 16.5 18.3 · engine2 11.0');
    expect(table).toContain('(V8 still compiling; not judged): engine1 21.0, engine2 12.0');
    expect(table).toContain('1 and 2 workers, every run: bit-identical');
    expect(report.correct).toBe(true);
  });

  it('benchReport is not correct when the engine’s runs disagreed, however close the means', () => {
    const report = benchReport(outcomes(), exact, workload, 0, { identical: false });
    expect(report.correct).toBe(false);
    expect(benchTable(report)).toContain('every run: DIFFERENT (a defect)');
  });
});
