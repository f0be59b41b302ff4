import { checkRw1, type Rw1Check, type Rw1Estimate } from './checkRw1';
import { standardError, type Rw1Exact } from './rw1Exact';

export type Impl = 'engine1' | 'engine2' | 'c' | 'numpy';
export const IMPLS: readonly Impl[] = ['engine1', 'engine2', 'c', 'numpy'];

/** Time per draw of a result: the one reported, and each timed run's when there were several. */
export interface ImplTimes {
  nsPerDraw: number;
  cpuNsPerDraw?: number;
  runsNsPerDraw?: number[];
}

/** What running one implementation gave, whatever runner it came from. */
export type ImplOutcome =
  | { status: 'ok'; result: Rw1Estimate & ImplTimes }
  | { status: 'skipped' | 'failed'; reason: string };

export interface ImplRow {
  status: ImplOutcome['status'];
  reason?: string;
  /** Null when the implementation did not run. */
  nsPerDraw: number | null;
  /** Processor time per draw (all threads), when the implementation reports it. */
  cpuNsPerDraw: number | null;
  /** Wall time per draw of every timed run; `nsPerDraw` is their median. */
  runsNsPerDraw: number[];
  meanA: number | null;
  seA: number | null;
  meanB: number | null;
  seB: number | null;
  apeA: number | null;
  apeB: number | null;
  checks: Rw1Check[];
}

/** A performance goal of issue 7 as a ratio that must stay on the right side of `goal`. */
export interface Target {
  name: string;
  ratio: number | null;
  goal: number;
  /** 'max': ratio ≤ goal is met; 'min': ratio ≥ goal. Null when an input did not run. */
  direction: 'max' | 'min';
  met: boolean | null;
}

/** What the engine's runs add beyond their rows: its first runs, and their agreement. */
export interface EngineExtras {
  cold?: Partial<Record<'engine1' | 'engine2', ImplOutcome>>;
  /** Whether every engine run, 1 and 2 workers, first and later, gave the same bits. */
  identical?: boolean | null;
}

export type BenchReport = Record<Impl, ImplRow> & {
  workload: { reps: number; periods: number; trials: number; draws: number; seed: number };
  /** The machine's 1-minute load average before the runs: timings need it near 0. */
  loadAverage: number;
  /**
   * The engine's first runs in a fresh process, untimed for the goals: they also pay for V8
   * compiling the code (JavaScript and WebAssembly tiers), once per process or page.
   */
  coldNsPerDraw: { engine1: number | null; engine2: number | null };
  /** The engine's runs with 1 and 2 workers gave the same bits (null: not all of them ran). */
  engineIdentical: boolean | null;
  exact: { meanA: number; seA: number; meanB: number; seB: number; apeA: number; apeB: number };
  ratios: {
    engineToC: number | null;
    engineToNumpy: number | null;
    speedup2: number | null;
    /** The same two ratios in processor time: what the goals would read on an idle machine. */
    cpuEngineToC: number | null;
    cpuEngineToNumpy: number | null;
  };
  targets: Target[];
  /**
   * True when every implementation that ran passed every check against the closed form and
   * the engine's runs agreed to the last bit.
   */
  correct: boolean;
};

/** Builds the report: rows with their checks, the ratios and the verdict on each target. */
export function benchReport(
  outcomes: Record<Impl, ImplOutcome>,
  exact: Rw1Exact,
  workload: BenchReport['workload'],
  loadAverage: number,
  engine: EngineExtras = {},
): BenchReport {
  const cold = engine.cold ?? {};
  const identical = engine.identical ?? null;
  const rows = Object.fromEntries(
    IMPLS.map((impl) => [impl, implRow(outcomes[impl], exact)]),
  ) as Record<Impl, ImplRow>;

  const ns = (impl: Impl) => rows[impl].nsPerDraw;
  const cpu = (impl: Impl) => rows[impl].cpuNsPerDraw;
  const ratio = (num: number | null, den: number | null) =>
    num === null || den === null ? null : num / den;
  const ratios = {
    engineToC: ratio(ns('engine1'), ns('c')),
    engineToNumpy: ratio(ns('engine1'), ns('numpy')),
    speedup2: ratio(ns('engine1'), ns('engine2')),
    cpuEngineToC: ratio(cpu('engine1'), cpu('c')),
    cpuEngineToNumpy: ratio(cpu('engine1'), cpu('numpy')),
  };

  // Issue 7: engine ≥ 1.2× as fast as NumPy, within 1.5× of C, 2 workers ≥ 1.7× one.
  const targets = [
    target('engine/NumPy time', ratios.engineToNumpy, 1 / 1.2, 'max'),
    target('engine/C time', ratios.engineToC, 1.5, 'max'),
    target('2-worker speed-up', ratios.speedup2, 1.7, 'min'),
  ];

  const se = (sd: number) => standardError(sd, workload.draws);
  return {
    workload,
    loadAverage,
    coldNsPerDraw: { engine1: nsOf(cold.engine1), engine2: nsOf(cold.engine2) },
    engineIdentical: identical,
    exact: {
      meanA: exact.a.mean,
      seA: se(exact.a.sdWithin),
      meanB: exact.b.mean,
      seB: se(exact.b.sdWithin),
      apeA: exact.a.ape,
      apeB: exact.b.ape,
    },
    ...rows,
    ratios,
    targets,
    correct: identical !== false && IMPLS.every((impl) => rows[impl].checks.every((c) => c.ok)),
  };
}

function implRow(outcome: ImplOutcome, exact: Rw1Exact): ImplRow {
  if (outcome.status !== 'ok') {
    return {
      status: outcome.status,
      reason: outcome.reason,
      nsPerDraw: null,
      cpuNsPerDraw: null,
      runsNsPerDraw: [],
      meanA: null,
      seA: null,
      meanB: null,
      seB: null,
      apeA: null,
      apeB: null,
      checks: [],
    };
  }
  const r = outcome.result;
  return {
    status: 'ok',
    nsPerDraw: r.nsPerDraw,
    cpuNsPerDraw: r.cpuNsPerDraw ?? null,
    runsNsPerDraw: r.runsNsPerDraw ?? [r.nsPerDraw],
    meanA: r.meanA,
    seA: r.seA ?? null,
    meanB: r.meanB,
    seB: r.seB ?? null,
    apeA: r.apeA,
    apeB: r.apeB,
    checks: checkRw1(r, exact),
  };
}

function target(
  name: string,
  ratio: number | null,
  goal: number,
  direction: 'max' | 'min',
): Target {
  const met = ratio === null ? null : direction === 'max' ? ratio <= goal : ratio >= goal;
  return { name, ratio, goal, direction, met };
}

function nsOf(outcome: ImplOutcome | undefined): number | null {
  return outcome?.status === 'ok' ? outcome.result.nsPerDraw : null;
}
