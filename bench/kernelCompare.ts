/**
 * `npx tsx bench/kernelCompare.ts [trials] [rounds]`: RW1's blocks in this process with the
 * WebAssembly kernel and with the TypeScript loops alone, alternating round by round so both
 * see the same load; prints processor time per draw for each round. It also checks that both
 * paths gave the same bits (the unit tests hold them to it; this is the same on RW1 itself).
 */
import { commandArgs } from '../src/cli/commandArgs';
import { BLOCK_TRIALS } from '../src/lib/engine';
import { simulateBlock } from '../src/lib/engine/simulate';
import type { BlockResult } from '../src/lib/engine/types';
import { wasmKernel } from '../src/lib/engine/wasm/wasmKernel';
import { rw1Plan } from './rw1Plan';
import { drawsOf, RW1 } from './rw1Workload';

const usage = 'usage: npx tsx bench/kernelCompare.ts [trials] [rounds]';
const { positionals } = commandArgs(usage, {}, true);
const trials = Number(positionals[0] ?? 2_000);
const rounds = Number(positionals[1] ?? 5);
if (![trials, rounds].every((n) => Number.isInteger(n) && n >= 1) || positionals.length > 2) {
  process.stderr.write(`trials and rounds are positive integers\n${usage}\n`);
  process.exit(2);
}
const workload = { ...RW1, trials };
const plan = rw1Plan(workload, 1);
const blocks = Math.ceil(trials / BLOCK_TRIALS);
const kernel = wasmKernel();
if (kernel === null) throw new Error('this Node cannot compile WebAssembly');

/** Processor time per draw of every block of the plan, and the last block's payouts. */
function run(withKernel: boolean): { ns: number; last: BlockResult } {
  const start = process.cpuUsage();
  let last = simulateBlock(plan, 0, withKernel ? kernel : null);
  for (let b = 1; b < blocks; b++) last = simulateBlock(plan, b, withKernel ? kernel : null);
  const { user, system } = process.cpuUsage(start);
  return { ns: ((user + system) * 1000) / drawsOf(workload), last };
}

run(true);
run(false);
for (let round = 0; round < rounds; round++) {
  const wasm = run(true);
  const ts = run(false);
  const same = wasm.last.series.every((s, i) =>
    s.payout.every((v, k) => Object.is(v, ts.last.series[i].payout[k])),
  );
  if (!same) throw new Error('the kernel and the TypeScript loops gave different payouts');
  process.stdout.write(
    `round ${round + 1}: kernel ${wasm.ns.toFixed(1)} ns/draw, ` +
      `TypeScript ${ts.ns.toFixed(1)}, ratio ${(wasm.ns / ts.ns).toFixed(3)}\n`,
  );
}
