import { repGroupCount } from '../engine/repGroups';
import type { SimPlan } from '../engine/types';
import { RunError } from './runError';

/**
 * Most memory a run may keep for its block results before they are summarised. The page also
 * holds DuckDB (its wasm heap alone may take up to about 3 GiB in Chromium) and a tab whose
 * renderer runs out of memory dies with everything in it, so the limit stays well below that.
 */
export const RUN_MEMORY_LIMIT_BYTES = 1024 ** 3;

/** The counts a run's memory grows with. */
export interface RunShape {
  reps: number;
  trials: number;
  schemes: number;
}

/** Per-trial series of doubles a scheme keeps (TrialSeries, its events and deductions aside). */
const SERIES = 9;

/**
 * A lower bound on the bytes a run keeps, from the shapes in engine/types.ts: per scheme, its
 * per-trial series and, per group of blocks (engine/repGroups.ts), a sum and a sum of squares
 * per rep.
 */
export function runBytes(plan: SimPlan): number {
  return shapeBytes({ reps: plan.reps, trials: plan.trials, schemes: plan.schemes.length });
}

/** runBytes of a run of that shape, known before its plan is made. */
export function shapeBytes({ reps, trials, schemes }: RunShape): number {
  const series = trials * schemes * SERIES * 8;
  const groups = repGroupCount({ trials });
  return series + groups * schemes * reps * 2 * 8;
}

const mb = (bytes: number) => Math.ceil(bytes / 1024 ** 2).toLocaleString('en-US');

/** "1 rep", "1,200 reps": the English count for the message the CLI and the details show. */
const count = (n: number, noun: string) =>
  `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Null when the run fits in `limit`, else an error whose sentence says what to change. Its
 * params stay numbers: the page words each count in its own language and plural form.
 */
export function runMemoryProblem(plan: SimPlan, limit = RUN_MEMORY_LIMIT_BYTES): RunError | null {
  const need = runBytes(plan);
  if (need <= limit) return null;
  const shape = [
    count(plan.reps, 'rep'),
    count(plan.trials, 'trial'),
    count(plan.schemes.length, 'scheme'),
  ].join(', ');
  const message =
    `This run would keep at least ${mb(need)} MB of results in memory (${shape}); the limit ` +
    `is ${mb(limit)} MB. Run fewer trials or load fewer reps.`;
  return new RunError('runTooBig', message, {
    need: Math.ceil(need / 1024 ** 2),
    limit: Math.ceil(limit / 1024 ** 2),
    reps: plan.reps,
    trials: plan.trials,
    schemes: plan.schemes.length,
  });
}

/**
 * Null when a sweep of `values` grid values fits in `limit`, else an error in the sweep's terms:
 * each grid value is a scheme of the run, and fewer grid points is the first thing to change.
 * Checked before the sweep's plan is made, which takes seconds for many values.
 */
export function sweepMemoryProblem(
  { reps, trials, values }: { reps: number; trials: number; values: number },
  limit = RUN_MEMORY_LIMIT_BYTES,
): RunError | null {
  const need = shapeBytes({ reps, trials, schemes: values });
  if (need <= limit) return null;
  const each = `${count(trials, 'trial')} for each of ${count(values, 'value')}`;
  const message =
    `This sweep would keep at least ${mb(need)} MB of results in memory ` +
    `(${count(reps, 'rep')}, ${each}); the limit is ${mb(limit)} MB. ` +
    'Sweep fewer grid points, run fewer trials or load fewer reps.';
  return new RunError('sweepTooBig', message, {
    need: Math.ceil(need / 1024 ** 2),
    limit: Math.ceil(limit / 1024 ** 2),
    reps,
    trials,
    values,
  });
}
