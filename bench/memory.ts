/**
 * `npm run bench:memory`: what a run of RW1's shape keeps, over reps and trials. Each case runs
 * in a fresh Node process through the scheduler the app uses (one in-process endpoint), and
 * reports the bytes of the results it holds at the end (every block's arrays and the summary)
 * and the process's peak resident memory. Ratios are against the smallest case of the same
 * invocation: results should grow in proportion to reps and barely with trials.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { commandArgs } from '../src/cli/commandArgs';
import type { BlockResult } from '../src/lib/engine/types';
import { inProcessEndpoint } from '../src/lib/workers/inProcessEndpoint';
import { schedule } from '../src/lib/workers/schedule';
import { transferables } from '../src/lib/workers/transferables';
import { rw1Plan, rw1Reps, SCHEME_A } from './rw1Plan';
import { RW1 } from './rw1Workload';

interface Case {
  reps: number;
  trials: number;
}

interface Measured extends Case {
  /** Bytes of every typed array the kept blocks and the summary hold. */
  resultBytes: number;
  /** Of those, the per-rep payout sums the blocks keep (by group of blocks). */
  perRepBytes: number;
  peakRssBytes: number;
}

const CASES: Case[] = [
  { reps: 250, trials: 10_000 },
  { reps: 250, trials: 40_000 },
  { reps: 1_000, trials: 10_000 },
  { reps: 1_000, trials: 40_000 },
  { reps: 4_000, trials: 10_000 },
  { reps: 4_000, trials: 40_000 },
];

async function measure({ reps, trials }: Case): Promise<Measured> {
  const workload = { ...RW1, reps, trials };
  let kept: BlockResult[] = [];
  const plan = rw1Plan(workload, 1);
  const summary = await schedule([inProcessEndpoint()], plan, rw1Reps(workload), SCHEME_A, {
    onBlocks: (all) => (kept = all),
  });
  const bytes = (value: unknown) =>
    transferables(value).reduce((sum, buffer) => sum + buffer.byteLength, 0);
  const perRep = kept.map((b) => [b.repPayoutSum, b.repPayoutSumSq]);
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  return {
    reps,
    trials,
    resultBytes: bytes([kept, summary]),
    perRepBytes: bytes(perRep),
    peakRssBytes,
  };
}

/** Runs one case in a new process, so that each peak is its own. */
function inChild(c: Case): Measured {
  const self = fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', self, `--case=${c.reps}x${c.trials}`];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`case ${JSON.stringify(c)} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as Measured;
}

function table(rows: Measured[]): string {
  const [base] = rows;
  const mib = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);
  const head = 'reps   trials  results MiB  ×base  per-rep sums MiB  ×base  peak RSS MiB  ×base';
  const lines = rows.map((r) =>
    [
      String(r.reps).padEnd(6),
      String(r.trials).padEnd(7),
      mib(r.resultBytes).padStart(11),
      (r.resultBytes / base.resultBytes).toFixed(2).padStart(6),
      mib(r.perRepBytes).padStart(17),
      (r.perRepBytes / base.perRepBytes).toFixed(2).padStart(6),
      mib(r.peakRssBytes).padStart(13),
      (r.peakRssBytes / base.peakRssBytes).toFixed(2).padStart(6),
    ].join(' '),
  );
  const note =
    'results: every block and the summary (per-trial series grow with trials, not with reps);\n' +
    'per-rep sums: kept for at most 100 groups of blocks, so flat in trials beyond 10,000.';
  return [head, ...lines, '', note].join('\n');
}

// --case REPSxTRIALS is how the bench runs each case in a child process of its own.
const { values } = commandArgs('usage: npm run bench:memory [-- --json]', {
  json: { type: 'boolean', default: false },
  case: { type: 'string' },
});
if (values.case !== undefined) {
  const [reps, trials] = String(values.case).split('x').map(Number);
  process.stdout.write(`${JSON.stringify(await measure({ reps, trials }))}\n`);
} else {
  const rows = CASES.map(inChild);
  process.stdout.write(`${values.json ? JSON.stringify(rows) : table(rows)}\n`);
}
