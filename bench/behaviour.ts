/**
 * What the behaviour layer costs (issue 7: best responses for every rep should add no more
 * than the draws do). On RW1's company (1,000 reps, 4 quarters) with the essay's rule and a
 * haggled quota, in this thread, it times: planning without and with behaviour, the trial
 * loop without behaviour, with behaviour but no timing, and with timing; and the draws alone,
 * as the engine makes them (its WebAssembly draw loop over every cell), which are the
 * reference. The same draws in TypeScript (the engine's fallback where WebAssembly is missing)
 * are timed too: they cost about twice as much, and earlier figures were taken against them.
 * Each figure is the processor time of the fastest of a few rounds, printed with its ratio to
 * the draws and to the plain loop, all from the same run.
 *
 *   npx tsx bench/behaviour.ts [trials]
 */
import { commandArgs } from '../src/cli/commandArgs';
import { DEFAULT_BEHAVIOUR } from '../src/lib/engine/behaviour/constants';
import type { BehaviourSettings } from '../src/lib/engine/behaviour/types';
import { DEFAULT_HAGGLING, selfSet } from '../src/lib/engine';
import { standardNormal } from '../src/lib/engine/normal';
import { blockCount, makePlan } from '../src/lib/engine/plan';
import { trialStream } from '../src/lib/engine/random';
import { simulateBlock } from '../src/lib/engine/simulate';
import type { RepModel, Scheme, SimPlan } from '../src/lib/engine/types';
import { KernelBlock } from '../src/lib/engine/wasm/kernelBlock';
import { wasmKernel } from '../src/lib/engine/wasm/wasmKernel';
import { rw1Reps } from './rw1Plan';
import { RW1 } from './rw1Workload';

const ROUNDS = 3;
const SEED = 20261204;

const schemes: Scheme[] = [
  selfSet(RW1.rate, 'zero', { id: 'A' }),
  {
    kind: 'haggled-quota',
    id: 'B',
    label: 'Haggled quota',
    performancePayShare: 0.05,
    excessRate: RW1.excessRate,
    // A boss without error, as in RW1: otherwise the plain loop draws quotas each trial, which
    // the behaviour layer (haggling planned once) does not, and the difference would flatter it.
    haggling: { ...DEFAULT_HAGGLING, bossNoise: 0 },
  },
];

/**
 * Processor time of this process in ms, the fastest of ROUNDS: the machine is shared, and
 * wall time would count the other processes' turns on its cores as ours.
 */
function fastest(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < ROUNDS; k++) {
    const start = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(start);
    best = Math.min(best, (user + system) / 1000);
  }
  return best;
}

function plan(trials: number, reps: RepModel[], behaviour?: BehaviourSettings): SimPlan {
  return makePlan({ seed: SEED, trials, schemes, behaviour }, reps);
}

/**
 * Every block of the plan, as a run does. The engine keeps what a plan's first block derives
 * from it for the next blocks; a copy of the plan per call makes each round pay for it once,
 * as a run does, rather than only the first round.
 */
function loop(p: SimPlan): void {
  const run = { ...p };
  for (let b = 0; b < blockCount(run); b++) simulateBlock(run, b);
}

/** Every trial's draws as the engine's kernel makes them, with nothing paid: the reference. */
function kernelDraws(p: SimPlan): number {
  const kernel = wasmKernel();
  const block = kernel && KernelBlock.open(kernel, p);
  if (!block) throw new Error('the WebAssembly kernel cannot run here');
  const rng = trialStream(p.seed, 0);
  let sum = 0;
  for (let k = 0; k < p.trials; k++) {
    trialStream(p.seed, k, rng);
    sum += block.draw(rng);
  }
  return sum;
}

/** The same draws by the TypeScript fallback. */
function typeScriptDraws(p: SimPlan): number {
  const rng = trialStream(p.seed, 0);
  let sum = 0;
  for (let k = 0; k < p.trials; k++) {
    trialStream(p.seed, k, rng);
    for (let i = 0; i < p.logMu.length; i++) {
      sum += Math.exp(p.logMu[i] + p.logSigma[i] * standardNormal(rng));
    }
  }
  return sum;
}

function main(): void {
  const { positionals } = commandArgs('usage: npx tsx bench/behaviour.ts [trials]', {}, true);
  const trials = Number(positionals[0] ?? 2000);
  if (!Number.isInteger(trials) || trials < 1 || positionals.length > 1) {
    process.stderr.write('give at most one argument, the trials: a positive integer\n');
    process.exit(2);
  }
  const reps = rw1Reps(RW1);
  const timingOff = {
    ...DEFAULT_BEHAVIOUR,
    timing: { ...DEFAULT_BEHAVIOUR.timing, enabled: false },
  };
  const plain = plan(trials, reps);
  const still = plan(trials, reps, timingOff);
  const moving = plan(trials, reps, DEFAULT_BEHAVIOUR);

  const t = {
    draws: fastest(() => kernelDraws(plain)),
    typeScriptDraws: fastest(() => typeScriptDraws(plain)),
    planPlain: fastest(() => plan(trials, reps)),
    planBehaviour: fastest(() => plan(trials, reps, DEFAULT_BEHAVIOUR)),
    loopPlain: fastest(() => loop(plain)),
    loopNoTiming: fastest(() => loop(still)),
    loopTiming: fastest(() => loop(moving)),
  };
  const planExtra = t.planBehaviour - t.planPlain;
  const loopExtra = t.loopTiming - t.loopPlain;
  const cellsDrawn = reps.length * RW1.periods * trials;
  const ms = (v: number) => `${v.toFixed(1).padStart(8)} ms`;
  const x = (v: number) => `${v.toFixed(2)}×`;

  const lines = [
    `Behaviour layer on RW1's company: ${reps.length} reps × ${RW1.periods} quarters × ` +
      `${trials} trials = ${cellsDrawn.toLocaleString('en')} draws, 2 schemes, one thread`,
    `draws alone              ${ms(t.draws)}   the reference (WebAssembly)`,
    `draws in TypeScript      ${ms(t.typeScriptDraws)}   ${x(t.typeScriptDraws / t.draws)} the draws`,
    `plan, no behaviour       ${ms(t.planPlain)}`,
    `plan, behaviour          ${ms(t.planBehaviour)}   extra ${x(planExtra / t.draws)} the draws`,
    `trial loop, plain        ${ms(t.loopPlain)}`,
    `trial loop, no timing    ${ms(t.loopNoTiming)}   ${x(t.loopNoTiming / t.loopPlain)} plain`,
    `trial loop, timing       ${ms(t.loopTiming)}   ${x(t.loopTiming / t.loopPlain)} plain`,
    `behaviour layer in all   ${ms(planExtra + loopExtra)}   ` +
      `${x((planExtra + loopExtra) / t.draws)} the draws (target ≤ 1×); ` +
      `${x((planExtra + loopExtra) / t.typeScriptDraws)} the TypeScript draws`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
