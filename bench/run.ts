/**
 * `npm run bench [-- --json] [--trials N] [--seed N]`: issue 7's reference workload RW1 on the
 * engine with 1 and 2 worker threads, and on the C and NumPy baselines, each judged against
 * the closed form. Exits 1 when a result is wrong or an implementation failed to run.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createNodePool } from '../src/cli/nodePool';
import { runCBaseline, runNumpyBaseline } from './baselines';
import { benchReport, type Impl, type ImplOutcome } from './benchReport';
import { benchTable } from './benchTable';
import { runEngine } from './engineRun';
import { rw1Exact } from './rw1Exact';
import { drawsOf, RW1 } from './rw1Workload';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      trials: { type: 'string', default: String(RW1.trials) },
      seed: { type: 'string', default: '1' },
    },
  });
  const trials = Number(values.trials);
  const seed = Number(values.seed);
  if (!Number.isInteger(trials) || trials < 1 || !Number.isSafeInteger(seed) || seed < 0) {
    process.stderr.write(`--trials needs a positive integer and --seed one ≥ 0\n`);
    return 2;
  }
  const workload = { ...RW1, trials };
  const [loadAverage] = loadavg();

  // One after another, so that no run competes with another for the two cores.
  const pool = createNodePool();
  const outcomes: Record<Impl, ImplOutcome> = {
    engine1: await runEngine(pool, workload, 1, seed),
    engine2: await runEngine(pool, workload, 2, seed),
    c: runCBaseline({ trials, seed }),
    numpy: runNumpyBaseline({ trials, seed }),
  };
  pool.dispose();

  const draws = drawsOf(workload);
  const report = benchReport(
    outcomes,
    rw1Exact(workload),
    {
      reps: workload.reps,
      periods: workload.periods,
      trials,
      draws,
      seed,
    },
    loadAverage,
  );
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : benchTable(report));

  const failed = Object.values(outcomes).some((o) => o.status === 'failed');
  return report.correct && !failed ? 0 : 1;
}

process.exitCode = await main();
