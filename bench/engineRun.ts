import { BLOCK_TRIALS } from '../src/lib/engine';
import type { RunSummary } from '../src/lib/engine/types';
import type { WorkerPool } from '../src/lib/workers/workerPool';
import type { Rw1Estimate } from './checkRw1';
import { rw1Plan, rw1Reps, SCHEME_A, SCHEME_B } from './rw1Plan';
import type { Rw1Workload } from './rw1Workload';

/** The engine's figures for RW1; it keeps no per-draw histogram, so there is none here. */
export interface EngineResult extends Rw1Estimate {
  workers: number;
  seconds: number;
  nsPerDraw: number;
  /** Processor time of the whole process (every thread) per draw. */
  cpuNsPerDraw: number;
}

export type EngineOutcome =
  { status: 'ok'; result: EngineResult } | { status: 'failed'; reason: string };

/**
 * Runs RW1 on the product's worker pool with `workers` threads. A short run first starts the
 * threads and warms their JIT, so the timed run measures simulation, not start-up.
 */
export async function runEngine(
  pool: WorkerPool,
  w: Rw1Workload,
  workers: number,
  seed: number,
): Promise<EngineOutcome> {
  const reps = rw1Reps(w);
  try {
    const warmTrials = Math.min(w.trials, 2 * workers * BLOCK_TRIALS);
    await pool.run(rw1Plan(w, seed, warmTrials), reps, SCHEME_A, { workers }).promise;

    const plan = rw1Plan(w, seed);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const summary = await pool.run(plan, reps, SCHEME_A, { workers }).promise;
    const { user, system } = process.cpuUsage(cpuStart);
    const seconds = (performance.now() - start) / 1000;

    const cpuSeconds = (user + system) / 1e6;
    return { status: 'ok', result: engineResult(summary, w, workers, seconds, cpuSeconds) };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Per-draw figures from the per-trial totals the engine summarises. */
export function engineResult(
  summary: RunSummary,
  w: Rw1Workload,
  workers: number,
  seconds: number,
  cpuSeconds: number,
): EngineResult {
  const cells = w.reps * w.periods;
  const draws = summary.trials * cells;
  const scheme = (id: string) => {
    const found = summary.schemes.find((s) => s.id === id);
    if (found === undefined) throw new Error(`the summary has no scheme ${id}`);
    return found;
  };
  const a = scheme(SCHEME_A);
  const b = scheme(SCHEME_B);

  return {
    trials: summary.trials,
    draws,
    workers,
    seconds,
    nsPerDraw: (1e9 * seconds) / draws,
    cpuNsPerDraw: (1e9 * cpuSeconds) / draws,
    meanA: a.payout.mean / cells,
    seA: a.payout.se / cells,
    apeA: a.targetMape.mean,
    meanB: b.payout.mean / cells,
    seB: b.payout.se / cells,
    apeB: b.targetMape.mean,
    seKind: 'trial',
  };
}
