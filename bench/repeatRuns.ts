import type { ImplOutcome } from './benchReport';

type OkResult = Extract<ImplOutcome, { status: 'ok' }>['result'];

/**
 * Folds repeated runs of one implementation on the same seed into one outcome: the first
 * run's figures with the median time per draw (wall and processor), and every run's wall
 * time kept in `runsNsPerDraw`. A median of several runs is what a ratio "measured in one
 * invocation" can stand on: one run can land on a moment when something else held a core.
 *
 * Runs with the same seed must give the same numbers: one that does not is a defect (a
 * data race, a schedule-dependent sum), so the outcome then fails whatever the timings.
 */
export function repeatRuns(runs: ImplOutcome[]): ImplOutcome {
  if (runs.length === 0) throw new RangeError('repeatRuns needs at least one run');
  const notOk = runs.find((run) => run.status !== 'ok');
  if (notOk !== undefined) return notOk;

  const results = runs.map(resultOf);
  const first = results[0];
  const differing = results.findIndex((r) => !sameFigures(r, first));
  if (differing >= 0) {
    return {
      status: 'failed',
      reason: `run ${differing + 1} gave other figures than run 1 with the same seed`,
    };
  }

  const cpu = results.map((r) => r.cpuNsPerDraw);
  const everyCpu = cpu.every((c): c is number => c !== undefined);
  const result: OkResult = {
    ...first,
    nsPerDraw: median(results.map((r) => r.nsPerDraw)),
    cpuNsPerDraw: everyCpu ? median(cpu) : undefined,
    runsNsPerDraw: results.map((r) => r.nsPerDraw),
  };
  return { status: 'ok', result };
}

/**
 * Whether every run gave the same figures to the last bit (null when one did not run): the
 * engine's runs with 1 and 2 workers, first and later, must.
 */
export function identicalRuns(runs: ImplOutcome[]): boolean | null {
  if (runs.some((run) => run.status !== 'ok')) return null;
  const results = runs.map(resultOf);
  return results.every((r) => sameFigures(r, results[0]));
}

function resultOf(run: ImplOutcome): OkResult {
  if (run.status !== 'ok') throw new Error(`a ${run.status} run has no figures`);
  return run.result;
}

function sameFigures(a: OkResult, b: OkResult): boolean {
  const keys = ['trials', 'draws', 'meanA', 'meanB', 'apeA', 'apeB', 'seA', 'seB'] as const;
  return keys.every((key) => Object.is(a[key], b[key]));
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: number[]): number {
  const sorted = values.slice().sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
