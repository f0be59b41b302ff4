/**
 * `npm run bench [-- --json] [--trials N] [--seed N] [--rounds N]`: issue 7's reference
 * workload RW1 on the engine with 1 and 2 worker threads, and on the C and NumPy baselines,
 * each judged against the closed form. Exits 1 when a result is wrong or an implementation
 * failed to run.
 */
import { loadavg } from 'node:os';
import { commandArgs } from '../src/cli/commandArgs';
import { createNodePool } from '../src/cli/nodePool';
import { prepareCBaseline, runNumpyBaseline } from './baselines';
import { benchReport, type Impl, type ImplOutcome } from './benchReport';
import { benchTable } from './benchTable';
import { runEngine } from './engineRun';
import { identicalRuns, repeatRuns } from './repeatRuns';
import { rw1Exact } from './rw1Exact';
import { drawsOf, RW1 } from './rw1Workload';

async function main(): Promise<number> {
  const { values } = commandArgs(
    'usage: npm run bench [-- --json] [--trials N] [--seed N] [--rounds N]',
    {
      json: { type: 'boolean', default: false },
      trials: { type: 'string', default: String(RW1.trials) },
      seed: { type: 'string', default: '1' },
      rounds: { type: 'string', default: '3' },
    },
  );
  const trials = Number(values.trials);
  const seed = Number(values.seed);
  const rounds = Number(values.rounds);
  const counts = [trials, rounds].every((n) => Number.isInteger(n) && n >= 1);
  if (!counts || !Number.isSafeInteger(seed) || seed < 0) {
    process.stderr.write(`--trials and --rounds need positive integers, --seed one ≥ 0\n`);
    return 2;
  }
  const workload = { ...RW1, trials };
  const [loadAverage] = loadavg();

  // The engine's first runs in this process also compile its code: timed, shown, set apart.
  const pool = createNodePool();
  const cold = {
    engine1: await runEngine(pool, workload, 1, seed),
    engine2: await runEngine(pool, workload, 2, seed),
  };

  // Rounds of every implementation one after another, so no run competes with another for
  // the two cores and a busy moment falls on one round of each rather than on one of them.
  const c = prepareCBaseline({ trials, seed });
  const runs: Record<Impl, ImplOutcome[]> = { engine1: [], engine2: [], c: [], numpy: [] };
  for (let round = 0; round < rounds; round++) {
    runs.engine1.push(await runEngine(pool, workload, 1, seed));
    runs.engine2.push(await runEngine(pool, workload, 2, seed));
    runs.c.push(c.run());
    runs.numpy.push(runNumpyBaseline({ trials, seed }));
  }
  c.dispose();
  pool.dispose();
  const outcomes: Record<Impl, ImplOutcome> = {
    engine1: repeatRuns(runs.engine1),
    engine2: repeatRuns(runs.engine2),
    c: repeatRuns(runs.c),
    numpy: repeatRuns(runs.numpy),
  };
  const engineRuns = [cold.engine1, cold.engine2, ...runs.engine1, ...runs.engine2];

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
    { cold, identical: identicalRuns(engineRuns) },
  );
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : benchTable(report));

  const failed = Object.values(outcomes).some((o) => o.status === 'failed');
  return report.correct && !failed ? 0 : 1;
}

process.exitCode = await main();
